import { screen, within } from '@testing-library/react';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { CheckInCodeQuery } from '../../gatherings/graphql/check-in-code.query';
import { aGathering, gatheringMock } from '../../gatherings/__tests__/gathering-fixtures';
import { aSession, aWall, emptyWall, morning, wallMock, wallUpdatesMock } from './open-space-fixtures';

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
    const hallNow = within(await screen.findByTestId('board-space-Great Hall'));
    expect(hallNow.getByTestId('session-session-1')).toHaveTextContent('Seed swapsHosted by Grace Hopper');
    expect(await hallNow.findByText('7 of 10 here')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
  });

  it('shows conveners (who run the projector) the check-in QR code instead', async () => {
    const path = '/gatherings/cardiff-open-space/check-in?code=door-code-1';
    renderApp(BOARD, [
      meMock(aPerson()),
      gatheringMock(aGathering({ status: 'LIVE', viewerIsConvener: true })),
      wallMock(aWall()),
      quiet,
      {
        request: { query: CheckInCodeQuery, variables: { gatheringId: 'gathering-1' } },
        result: { data: { checkInCode: { __typename: 'CheckInCode', gatheringId: 'gathering-1', code: 'door-code-1', path } } },
      },
    ]);
    expect(
      await screen.findByRole('img', { name: `QR code to check in to this gathering, ${window.location.origin}${path}` }),
    ).toBeInTheDocument();
    expect(screen.getByText('Scan to check in')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /QR code linking to the gathering’s page/ })).not.toBeInTheDocument();
  });

  it('lists the sessions not on the wall yet, most starred first, and counts new stars live', async () => {
    const waiting = (id: string, title: string, interestCount: number, version = '1') =>
      aSession({ id, title, interestCount, version, slotId: null, spaceId: null, capacity: null, headcount: 0 });
    renderApp(BOARD, [
      meMock(null),
      gatheringMock(live),
      wallMock(aWall({ sessions: [aSession(), waiting('session-2', 'Bike kitchens', 1), waiting('session-3', 'Tool libraries', 4)] })),
      wallUpdatesMock({ sessions: [waiting('session-2', 'Bike kitchens', 5, '2')] }),
    ]);
    const list = within(await screen.findByTestId('board-unplaced'));
    expect(screen.getByRole('heading', { level: 2, name: 'Not on the wall yet' })).toBeInTheDocument();
    // Live: Bike kitchens gets four more stars and moves to the top.
    expect(await list.findByText('5 stars')).toBeInTheDocument();
    expect(list.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Bike kitchensHosted by Grace Hopper★ 5 stars',
      'Tool librariesHosted by Grace Hopper★ 4 stars',
    ]);
    // Placed sessions stay on the grid, not in the list.
    expect(list.queryByText('Seed swaps')).not.toBeInTheDocument();
  });

  it('gives the whole screen to now and next once every proposed session is on the wall', async () => {
    renderApp(BOARD, [meMock(null), gatheringMock(live), wallMock(aWall()), quiet]);
    expect(await screen.findByTestId('board-spaces')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Not on the wall yet' })).not.toBeInTheDocument();
  });

  it('shows every space with what is on now and what is next, by the server’s clock', async () => {
    const noon = {
      ...morning,
      id: 'slot-2',
      startsAt: '2026-06-13T11:00:00.000Z',
      endsAt: '2026-06-13T12:00:00.000Z',
      label: 'Lunch round',
    };
    const later = aSession({ id: 'session-2', title: 'Bike kitchens', slotId: 'slot-2', spaceId: 'space-2', capacity: 20 });
    renderApp(BOARD, [
      meMock(null),
      gatheringMock(live),
      wallMock(aWall({ serverTime: '2026-06-13T09:30:00.000Z', slots: [noon, morning], sessions: [aSession(), later] })),
      quiet,
    ]);
    // 09:30 UTC is 10:30 in London: the morning slot is on, the lunch round next.
    expect(await screen.findByTestId('slot-on-now')).toHaveTextContent('On now10:00–11:00');
    expect(screen.getByTestId('board-next')).toHaveTextContent('Next: 12:00–13:00 Lunch round');
    const hall = within(screen.getByTestId('board-space-Great Hall'));
    expect(hall.getByText('Seed swaps')).toBeInTheDocument();
    expect(hall.getByText(/^Next:/)).toHaveTextContent('Next: Free');
    const onlineRoom = within(screen.getByTestId('board-space-Online room'));
    expect(onlineRoom.getByText('Free')).toBeInTheDocument();
    expect(onlineRoom.getByText(/^Next:/)).toHaveTextContent('Next: Bike kitchens');
  });

  it('says when nobody has proposed a session yet', async () => {
    renderApp(BOARD, [meMock(null), gatheringMock(live), wallMock(emptyWall()), quiet]);
    expect(await screen.findByTestId('board-no-sessions')).toHaveTextContent('No sessions proposed yet.');
  });

  it('says when the wall cannot be read', async () => {
    renderApp(BOARD, [meMock(null), gatheringMock(live), wallMock(null, { error: true }), quiet]);
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong');
  });
});
