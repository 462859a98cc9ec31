import { screen } from '@testing-library/react';
import { meMock, renderApp } from '../../../test/render-app';
import { NetworkQuery } from '../graphql/network.query';
import { aNetwork } from './network-fixtures';

describe('NetworkProfilePage', () => {
  it('marks a closed network and keeps its story readable', async () => {
    const network = aNetwork({ isClosed: true, lifecycleStage: 'CLOSED', closingNote: 'Our seed library lives on at the hub.' });
    renderApp('/networks/cardiff-food-coalition', [
      meMock(null),
      { request: { query: NetworkQuery, variables: { slug: network.slug } }, result: { data: { network } } },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Cardiff Food Coalition' })).toBeInTheDocument();
    expect(screen.getByTestId('network-closed')).toHaveTextContent('Our seed library lives on at the hub.');
    expect(screen.getByRole('heading', { level: 2, name: 'The work' })).toBeInTheDocument();
    expect(screen.getByText('Voluntary sector')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Manage this network' })).not.toBeInTheDocument();
  });

  it('shows a friendly not-found page', async () => {
    renderApp('/networks/nowhere', [
      meMock(null),
      {
        request: { query: NetworkQuery, variables: { slug: 'nowhere' } },
        result: { errors: [{ message: 'Network not found.', extensions: { code: 'NOT_FOUND' } }] },
      },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Network not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the directory' })).toHaveAttribute('href', '/networks');
  });
});
