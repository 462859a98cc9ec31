import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { aGathering, anError, aRegistration, gatheringMock } from '../../gatherings/__tests__/gathering-fixtures';
import { JoinRoomMutation } from '../graphql/join-room.mutation';
import { PlaceSessionMutation } from '../graphql/place-session.mutation';
import { ProposeSessionMutation } from '../graphql/propose-session.mutation';
import { ApplyScheduleMutation } from '../graphql/apply-schedule.mutation';
import { StarSessionMutation } from '../graphql/star-session.mutation';
import { SuggestScheduleQuery } from '../graphql/suggest-schedule.query';
import { aRoom, aSession, aWall, emptyWall, roomMock, roomUpdatesMock, wallMock, wallUpdatesMock } from './open-space-fixtures';

const WALL = '/gatherings/cardiff-open-space/wall';
const live = aGathering({ status: 'LIVE', viewerRegistration: aRegistration() });
const quiet = wallUpdatesMock(null);
const cell = async (title: string) => screen.findByTestId(`session-${title}`);

describe('WallPage', () => {
  it('says it is loading', async () => {
    renderApp(WALL, [meMock(aPerson()), gatheringMock(live), wallMock(aWall(), { delay: 200 }), quiet]);
    expect(await screen.findByRole('status')).toHaveTextContent('Loading');
    expect(await screen.findByRole('heading', { level: 1, name: 'Agenda wall: Cardiff open space' })).toBeInTheDocument();
  });

  it('says when nothing is set up or proposed yet', async () => {
    renderApp(WALL, [meMock(aPerson()), gatheringMock(live), wallMock(emptyWall()), quiet]);
    expect(await screen.findByTestId('wall-no-grid')).toHaveTextContent('The conveners have not set up spaces and time slots yet.');
    expect(screen.getByTestId('no-sessions')).toHaveTextContent('No sessions proposed yet.');
    expect(screen.getByRole('region', { name: 'Propose a session' })).toBeInTheDocument();
  });

  it('shows the grid: spaces with capacity, tags and video links, and each placed session with its live headcount', async () => {
    const unplaced = aSession({ id: 'session-2', title: 'Bike kitchens', slotId: null, spaceId: null, capacity: null, headcount: 0 });
    renderApp(WALL, [meMock(aPerson()), gatheringMock(live), wallMock(aWall({ sessions: [aSession(), unplaced] })), quiet]);

    const grid = within(await screen.findByTestId('wall-grid'));
    expect(grid.getByRole('columnheader', { name: /Great Hall/ })).toHaveTextContent('Up to 10');
    expect(grid.getByRole('columnheader', { name: /Great Hall/ })).toHaveTextContent('Step-free');
    expect(grid.getByRole('link', { name: 'Video call: Online room' })).toHaveAttribute(
      'href',
      'https://meet.example.org/weave-online-room',
    );
    expect(grid.getByRole('rowheader')).toHaveTextContent('10:00–11:00');
    const placed = within(await cell('session-1'));
    expect(placed.getByText('Seed swaps')).toBeInTheDocument();
    expect(placed.getByText('Hosted by Grace Hopper')).toBeInTheDocument();
    expect(placed.getByTestId('session-interest')).toHaveTextContent('2 interested');
    expect(placed.getByTestId('session-headcount')).toHaveTextContent('3 of 10 here');
    expect(within(screen.getByTestId('unplaced-sessions')).getByText('Bike kitchens')).toBeInTheDocument();
    // Ada neither hosts nor convenes: she cannot place sessions.
    expect(screen.queryByRole('region', { name: 'Place a session' })).not.toBeInTheDocument();
  });

  it('says when the wall cannot be read', async () => {
    renderApp(WALL, [meMock(aPerson()), gatheringMock(live), wallMock(null, { error: true }), quiet]);
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('keeps the newer state of a session when wallUpdates brings an older version', async () => {
    // Versions are compared as BigInt: these two are the same Number.
    const older = aSession({ version: '9007199254740992', headcount: 0, interestCount: 0 });
    const fresh = aSession({ id: 'session-3', title: 'Fresh session', slotId: null, spaceId: null, capacity: null, headcount: 0 });
    renderApp(WALL, [meMock(aPerson()), gatheringMock(live), wallMock(aWall()), wallUpdatesMock({ sessions: [older, fresh] })]);

    expect(await screen.findByText('Fresh session')).toBeInTheDocument();
    const placed = within(await cell('session-1'));
    expect(placed.getByTestId('session-headcount')).toHaveTextContent('3 of 10 here');
    expect(placed.getByTestId('session-interest')).toHaveTextContent('2 interested');
  });

  it('shows a newer version from wallUpdates at once', async () => {
    const newer = aSession({ version: '9007199254740994', headcount: 4 });
    renderApp(WALL, [meMock(aPerson()), gatheringMock(live), wallMock(aWall()), wallUpdatesMock({ sessions: [newer] })]);
    expect(await screen.findByText('4 of 10 here')).toBeInTheDocument();
  });

  it('joins a room and goes to it', async () => {
    const presence = { __typename: 'Presence', gatheringId: 'gathering-1', session: aSession({ headcount: 4 }) };
    renderApp(WALL, [
      meMock(aPerson()),
      gatheringMock(live),
      wallMock(aWall()),
      quiet,
      { request: { query: JoinRoomMutation, variables: { input: { sessionId: 'session-1' } } }, result: { data: { joinRoom: presence } } },
      roomMock(aRoom()),
      roomUpdatesMock(null),
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Join the room for “Seed swaps”' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/gatherings/cardiff-open-space/rooms/session-1'));
  });

  it('stars a session from the keyboard, keeping the focus on the button', async () => {
    renderApp(WALL, [
      meMock(aPerson()),
      gatheringMock(live),
      wallMock(aWall()),
      quiet,
      {
        request: { query: StarSessionMutation, variables: { input: { sessionId: 'session-1', starred: true } } },
        result: { data: { starSession: aSession({ interestCount: 3, version: '9007199254740999' }) } },
        delay: 400,
      },
    ]);
    const star = await screen.findByRole('button', { name: 'Star “Seed swaps”', pressed: false });
    star.focus();
    await userEvent.keyboard(' ');
    // Busy while the star is saved, but never disabled: a disabled button would drop the focus to the page.
    await waitFor(() => expect(star).toHaveAttribute('data-disabled'));
    expect(star).toBeEnabled();
    expect(await screen.findByRole('button', { name: 'Star “Seed swaps”', pressed: true })).toHaveFocus();
    expect(star).not.toHaveAttribute('data-disabled');
    expect(within(await cell('session-1')).getByTestId('session-interest')).toHaveTextContent('3 interested');
  });

  it('lets a participant propose a session, which joins the unplaced list', async () => {
    const proposed = aSession({
      id: 'session-4',
      title: 'Tool libraries',
      host: { id: 'person-1', displayName: 'Ada Lovelace' },
      slotId: null,
      spaceId: null,
      capacity: null,
      headcount: 0,
      needs: [],
    });
    renderApp(WALL, [
      meMock(aPerson()),
      gatheringMock(live),
      wallMock(aWall()),
      quiet,
      {
        request: {
          query: ProposeSessionMutation,
          variables: { input: { gatheringId: 'gathering-1', title: 'Tool libraries', description: '', needs: ['QUIET'] } },
        },
        result: { data: { proposeSession: proposed } },
      },
    ]);
    const form = within(await screen.findByRole('region', { name: 'Propose a session' }));
    await userEvent.type(form.getByRole('textbox', { name: 'Title' }), 'Tool libraries');
    await userEvent.click(form.getByRole('checkbox', { name: 'Quiet' }));
    await userEvent.click(form.getByRole('button', { name: 'Propose' }));
    expect(await form.findByText('Proposed “Tool libraries”. Others can now star it.')).toBeInTheDocument();
    expect(within(screen.getByTestId('unplaced-sessions')).getByText('Tool libraries')).toBeInTheDocument();
  });

  it('lets the host place their session with selects, and shows a CONFLICT from the API', async () => {
    const mine = aSession({
      id: 'session-5',
      title: 'Compost clubs',
      host: { id: 'person-1', displayName: 'Ada Lovelace' },
      slotId: null,
      spaceId: null,
      capacity: null,
      headcount: 0,
    });
    renderApp(WALL, [
      meMock(aPerson()),
      gatheringMock(live),
      wallMock(aWall({ sessions: [aSession(), mine] })),
      quiet,
      {
        request: { query: PlaceSessionMutation, variables: { input: { sessionId: 'session-5', slotId: 'slot-1', spaceId: 'space-1' } } },
        result: anError('CONFLICT', 'Seed swaps is already in that space at that time. Choose an empty cell.'),
      },
    ]);
    const form = within(await screen.findByRole('region', { name: 'Place a session' }));
    // Only the host's own session is offered.
    expect(form.getAllByRole('option', { name: /Compost clubs|Seed swaps/ })).toHaveLength(1);
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Session' }), 'session-5');
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Time slot' }), 'slot-1');
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Space' }), 'space-1');
    await userEvent.click(form.getByRole('button', { name: 'Place on the wall' }));
    expect(await form.findByRole('alert')).toHaveTextContent('Seed swaps is already in that space at that time. Choose an empty cell.');
  });

  it('lets a convener review a suggested schedule and apply it', async () => {
    const convener = aGathering({ status: 'LIVE', viewerIsConvener: true });
    const bikes = aSession({ id: 'session-6', title: 'Bike kitchens', slotId: null, spaceId: null, capacity: null, headcount: 0 });
    const tools = aSession({ id: 'session-7', title: 'Tool libraries', slotId: null, spaceId: null, capacity: null, headcount: 0 });
    const suggestion = {
      __typename: 'ScheduleSuggestion',
      placements: [{ __typename: 'Placement', sessionId: 'session-6', slotId: 'slot-1', spaceId: 'space-2' }],
      unplaced: [
        {
          __typename: 'UnplacedSession',
          sessionId: 'session-7',
          code: 'NO_FREE_CELL',
          reason: 'Every suitable cell is taken, or its host is busy.',
        },
      ],
    };
    renderApp(WALL, [
      meMock(aPerson()),
      gatheringMock(convener),
      wallMock(aWall({ sessions: [aSession(), bikes, tools] })),
      quiet,
      {
        request: { query: SuggestScheduleQuery, variables: { gatheringId: 'gathering-1' } },
        result: { data: { suggestSchedule: suggestion } },
      },
      {
        request: {
          query: ApplyScheduleMutation,
          variables: {
            input: { gatheringId: 'gathering-1', placements: [{ sessionId: 'session-6', slotId: 'slot-1', spaceId: 'space-2' }] },
          },
        },
        result: {
          data: { applySchedule: [{ ...bikes, slotId: 'slot-1', spaceId: 'space-2', capacity: 20, version: '9007199254740999' }] },
        },
      },
    ]);
    const panel = within(await screen.findByRole('region', { name: 'Suggest a schedule' }));
    await userEvent.click(panel.getByRole('button', { name: 'Suggest a schedule' }));
    const table = within(await panel.findByTestId('suggestion'));
    expect(table.getByRole('rowheader', { name: 'Bike kitchens' })).toBeInTheDocument();
    expect(table.getByRole('cell')).toHaveTextContent('10:00–11:00 · Online room');
    expect(panel.getByText('Tool libraries: Every suitable cell is taken, or its host is busy.')).toBeInTheDocument();
    await userEvent.click(panel.getByRole('button', { name: 'Apply this schedule' }));
    expect(await screen.findByText('Applied the schedule.')).toBeInTheDocument();
    expect(within(screen.getByTestId('wall-grid')).getByText('Bike kitchens')).toBeInTheDocument();
  });
});
