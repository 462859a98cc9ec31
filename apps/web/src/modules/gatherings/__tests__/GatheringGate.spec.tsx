import { screen } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { GatheringQuery } from '../graphql/gathering.query';
import { aGathering, anError, gatheringMock } from './gathering-fixtures';

const notFound: MockLink.MockedResponse = {
  request: { query: GatheringQuery, variables: { slug: 'nowhere' } },
  result: anError('NOT_FOUND', 'We could not find that gathering.'),
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('GatheringGate (the pages of one gathering)', () => {
  it.each([
    ['the convener dashboard', '/gatherings/cardiff-open-space/dashboard'],
    ['the edit page', '/gatherings/cardiff-open-space/edit'],
  ])('sends a signed-out visitor of %s to sign in, and back there afterwards', async (_page, path) => {
    renderApp(path, [meMock(null), gatheringMock(aGathering())]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(`/sign-in?next=${encodeURIComponent(path)}`);
  });

  it.each([
    ['the convener dashboard', '/gatherings/nowhere/dashboard'],
    ['the edit page', '/gatherings/nowhere/edit'],
  ])('says so when the gathering of %s does not exist', async (_page, path) => {
    renderApp(path, [meMock(aPerson()), notFound]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Gathering not found' })).toBeInTheDocument();
  });

  it('lets a signed-out visitor look at an open-space page (no sign in), here one of a gathering that does not exist', async () => {
    renderApp('/gatherings/nowhere/wall', [meMock(null), notFound]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Gathering not found' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/gatherings/nowhere/wall');
  });

  it('shows a loader while the gathering is on its way', async () => {
    renderApp('/gatherings/cardiff-open-space/edit', [
      meMock(aPerson()),
      { request: { query: GatheringQuery, variables: { slug: 'cardiff-open-space' } }, delay: Number.POSITIVE_INFINITY },
    ]);

    // The header has the person (so it is not `me` still loading); the page waits for the gathering.
    expect(await screen.findByText('Ada Lovelace')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading');
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
  });
});
