import { screen, within } from '@testing-library/react';
import { renderUi } from '../../../test/render-app';
import { Reciprocity } from '../components/Reciprocity';
import { NetworkReciprocityQuery } from '../graphql/network-reciprocity.query';

const summary = (id: string, name: string) => ({ __typename: 'NetworkSummary', id, name, slug: name.toLowerCase().replace(/ /g, '-') });

const mock = (reciprocity: Record<string, unknown>) => ({
  request: { query: NetworkReciprocityQuery, variables: { networkId: 'n-1' } },
  result: { data: { networkReciprocity: { __typename: 'NetworkReciprocity', ...reciprocity } } },
});

describe('Reciprocity', () => {
  it('shows asks met for the network and by it, naming the networks on the other side', async () => {
    renderUi(<Reciprocity networkId="n-1" />, [
      mock({
        metForCount: 3,
        metByCount: 1,
        metFor: [
          { __typename: 'ReciprocityPartner', count: 2, network: summary('n-2', 'Valley Food Bank') },
          { __typename: 'ReciprocityPartner', count: 1, network: summary('n-3', 'Hill Farm') },
        ],
        metBy: [{ __typename: 'ReciprocityPartner', count: 1, network: summary('n-4', 'Town Youth') }],
      }),
    ]);
    expect(await screen.findByTestId('met-for-count')).toHaveTextContent('3');
    const metFor = screen.getByRole('region', { name: 'Asks of this network met by others' });
    expect(within(metFor).getByRole('link', { name: 'Valley Food Bank' })).toHaveAttribute('href', '/networks/valley-food-bank');
    expect(metFor).toHaveTextContent('Valley Food Bank (2 times)');
    expect(metFor).toHaveTextContent('Hill Farm (once)');
    expect(screen.getByRole('region', { name: 'Asks of others this network met' })).toHaveTextContent('Town Youth (once)');
  });

  it('says so when nothing has been met yet, rather than an empty list', async () => {
    renderUi(<Reciprocity networkId="n-1" />, [mock({ metForCount: 0, metByCount: 0, metFor: [], metBy: [] })]);
    expect(await screen.findByTestId('met-by-count')).toHaveTextContent('0');
    expect(screen.getAllByText('None yet.')).toHaveLength(2);
  });
});
