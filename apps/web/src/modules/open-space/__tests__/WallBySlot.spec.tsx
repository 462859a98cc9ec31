import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { aGathering, aRegistration, gatheringMock } from '../../gatherings/__tests__/gathering-fixtures';
import { MyPresenceQuery } from '../graphql/my-presence.query';
import { aSession, aWall, morning, wallMock, wallUpdatesMock } from './open-space-fixtures';

const WALL = '/gatherings/cardiff-open-space/wall';
const live = aGathering({ status: 'LIVE', viewerRegistration: aRegistration() });
const quiet = wallUpdatesMock(null);
const noon = { ...morning, id: 'slot-2', startsAt: '2026-06-13T11:00:00.000Z', endsAt: '2026-06-13T12:00:00.000Z', label: 'Lunch round' };
const bikes = aSession({ id: 'session-2', title: 'Bike kitchens', slotId: 'slot-2', spaceId: 'space-2', capacity: 20 });
// 11:15 UTC: the lunch round is on.
const busyDay = aWall({ serverTime: '2026-06-13T11:15:00.000Z', slots: [morning, noon], sessions: [aSession(), bikes] });
const presence = (session: ReturnType<typeof aSession> | null) => ({
  request: { query: MyPresenceQuery, variables: { gatheringId: 'gathering-1' } },
  result: { data: { myPresence: { __typename: 'Presence', gatheringId: 'gathering-1', session } } },
});

describe('the wall a slot at a time', () => {
  it('opens on the slot on now, switches slot by keyboard, and shows the whole day as a table', async () => {
    const user = userEvent.setup();
    renderApp(WALL, [meMock(aPerson()), gatheringMock(live), wallMock(busyDay), quiet, presence(null)]);

    const switcher = within(await screen.findByRole('tablist', { name: 'Time slots' }));
    const onNow = switcher.getByRole('tab', { name: '12:00–13:00 Lunch round · On now' });
    expect(onNow).toHaveAttribute('aria-selected', 'true');
    const panel = within(screen.getByRole('tabpanel'));
    expect(within(panel.getByTestId('slot-space-Online room')).getByText('Bike kitchens')).toBeInTheDocument();
    expect(within(panel.getByTestId('slot-space-Great Hall')).getByText('Free')).toBeInTheDocument();

    // Arrow keys move between slots (the tabs pattern); the earlier slot shows its own session.
    onNow.focus();
    await user.keyboard('{ArrowLeft}');
    const first = switcher.getByRole('tab', { name: '10:00–11:00' });
    expect(first).toHaveFocus();
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(within(screen.getByRole('tabpanel')).getByText('Seed swaps')).toBeInTheDocument();

    await user.click(switcher.getByRole('tab', { name: 'Whole day' }));
    const table = within(screen.getByTestId('wall-grid'));
    expect(table.getAllByRole('rowheader').map((row) => row.textContent)).toEqual(['10:00–11:00', '12:00–13:00 Lunch roundOn now']);
  });

  it('tells a participant where they are now, with the way back to that room and somewhere new', async () => {
    renderApp(WALL, [meMock(aPerson()), gatheringMock(live), wallMock(busyDay), quiet, presence(bikes)]);
    const myDay = within(await screen.findByRole('region', { name: 'My day' }));
    expect(await myDay.findByText(/You are in “Bike kitchens”/)).toHaveTextContent('12:00–13:00 Lunch round · Online room');
    expect(myDay.getByRole('link', { name: 'Back to your room' })).toHaveAttribute(
      'href',
      '/gatherings/cardiff-open-space/rooms/session-2',
    );
    expect(myDay.getByRole('button', { name: 'Somewhere new' })).toBeInTheDocument();
  });

  it('keeps a day of one slot as one table', async () => {
    renderApp(WALL, [meMock(aPerson()), gatheringMock(live), wallMock(aWall()), quiet, presence(null)]);
    expect(await screen.findByTestId('wall-grid')).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });
});
