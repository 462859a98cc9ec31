import { screen, within } from '@testing-library/react';
import { meMock, renderApp } from '../../../test/render-app';
import { aGathering, gatheringMock } from '../../gatherings/__tests__/gathering-fixtures';
import { aSession, aWall, emptyWall, wallMock, wallUpdatesMock } from './open-space-fixtures';

const BOARD = '/gatherings/cardiff-open-space/board';
const live = aGathering({ status: 'LIVE' });
const quiet = wallUpdatesMock(null);

describe('BoardPage', () => {
  it('says it is loading', async () => {
    renderApp(BOARD, [meMock(null), gatheringMock(live), wallMock(aWall(), { delay: 200 }), quiet]);
    expect(await screen.findByRole('status')).toHaveTextContent('Loading');
  });

  it('says when the wall is not set up yet, still with the QR code', async () => {
    renderApp(BOARD, [meMock(null), gatheringMock(live), wallMock(emptyWall()), quiet]);
    expect(await screen.findByTestId('wall-no-grid')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /QR code linking to the gathering’s page/ })).toBeInTheDocument();
  });

  it('shows the wall full screen, read-only, with a QR code to the gathering’s page', async () => {
    renderApp(BOARD, [
      meMock(null),
      gatheringMock(live),
      wallMock(aWall()),
      wallUpdatesMock({ sessions: [aSession({ version: '9007199254740999', headcount: 7 })] }),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Cardiff open space' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: `QR code linking to the gathering’s page, ${window.location.origin}/gatherings/cardiff-open-space` }),
    ).toBeInTheDocument();
    const placed = within(await screen.findByTestId('session-session-1'));
    expect(await placed.findByText('7 of 10 here')).toBeInTheDocument();
    expect(placed.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
  });

  it('says when the wall cannot be read', async () => {
    renderApp(BOARD, [meMock(null), gatheringMock(live), wallMock(null, { error: true }), quiet]);
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong');
  });
});
