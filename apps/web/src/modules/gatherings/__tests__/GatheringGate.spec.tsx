import { screen } from '@testing-library/react';
import { meMock, renderApp } from '../../../test/render-app';
import { aGathering, gatheringMock } from './gathering-fixtures';

describe('GatheringGate (the pages of one gathering)', () => {
  it.each([
    ['the convener dashboard', '/gatherings/cardiff-open-space/dashboard'],
    ['the edit page', '/gatherings/cardiff-open-space/edit'],
  ])('sends a signed-out visitor of %s to sign in', async (_page, path) => {
    renderApp(path, [meMock(null), gatheringMock(aGathering())]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });
});
