import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { aGathering, aRegistration, gatheringMock } from '../../gatherings/__tests__/gathering-fixtures';
import { followUpFormValues, formValuesToFollowUpFields } from '../../gatherings/utils/gathering-form-values';
import { CarryOnSessionMutation } from '../graphql/carry-on-session.mutation';
import { aNote, aRoom, aWall, people, roomMock, roomUpdatesMock, wallMock, wallUpdatesMock } from './open-space-fixtures';

const ROOM = '/gatherings/cardiff-open-space/rooms/session-1';
const closed = aGathering({ status: 'CLOSED', viewerRegistration: aRegistration() });
const closedRoom = aRoom({ gatheringStatus: 'CLOSED', people: [], whoCame: [people.grace, people.ada], notes: [aNote()] });
const quietRoom = roomUpdatesMock(null);
// Grace hosts the session in the fixtures.
const grace = aPerson({ id: 'person-2', displayName: 'Grace Hopper' });

describe('a closed gathering, read after the day', () => {
  it('a room reads, read-only: the notes, who came, a short explanation, and nothing to add or join', async () => {
    renderApp(ROOM, [meMock(aPerson()), gatheringMock(closed), roomMock(closedRoom), quietRoom]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Seed swaps' })).toBeInTheDocument();
    expect(screen.getByTestId('closed-notice')).toHaveTextContent('This gathering has closed');
    expect(screen.getByRole('heading', { name: 'Who came' })).toBeInTheDocument();
    const came = within(screen.getByTestId('room-who-came'));
    expect(came.getByText('Grace Hopper')).toBeInTheDocument();
    expect(came.getByText('Ada Lovelace (you)')).toBeInTheDocument();
    expect(screen.queryByTestId('room-headcount')).not.toBeInTheDocument();
    expect(screen.getByText(aNote().text)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add note' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add action' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Join this room' })).not.toBeInTheDocument();
    // Ada neither hosts it nor convenes: no "carry this on".
    expect(screen.queryByRole('link', { name: 'Carry this on' })).not.toBeInTheDocument();
  });

  it('the host, and conveners, may carry the breakout on from its room', async () => {
    renderApp(ROOM, [meMock(grace), gatheringMock(closed), roomMock(closedRoom), quietRoom]);
    expect(await screen.findByRole('link', { name: 'Carry this on' })).toHaveAttribute(
      'href',
      '/gatherings/cardiff-open-space/rooms/session-1/carry-on',
    );
  });

  it('the wall links each placed session to its room to read, and says why nothing can change', async () => {
    renderApp('/gatherings/cardiff-open-space/wall', [
      meMock(aPerson()),
      gatheringMock(closed),
      wallMock(aWall({ gatheringStatus: 'CLOSED' })),
      wallUpdatesMock(null),
    ]);
    expect(await screen.findByRole('link', { name: 'Read the room of “Seed swaps”: its notes, actions and who came' })).toHaveAttribute(
      'href',
      '/gatherings/cardiff-open-space/rooms/session-1',
    );
    expect(screen.getByTestId('closed-notice')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Propose a session' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Star/ })).not.toBeInTheDocument();
  });
});

describe('CarryOnPage', () => {
  const CARRY_ON = '/gatherings/cardiff-open-space/rooms/session-1/carry-on';

  it('the host plans a follow-up of their breakout, told how many it will invite, and lands on it', async () => {
    const user = userEvent.setup();
    const created = aGathering({ id: 'g-9', slug: 'seed-swaps', title: 'Seed swaps', format: 'ONLINE', status: 'DRAFT' });
    const values = { ...followUpFormValues('Seed swaps'), startsAt: '2026-07-01T18:00', endsAt: '2026-07-01T19:00' };
    // Online and unlimited unless changed.
    expect(formValuesToFollowUpFields(values)).toMatchObject({ format: 'ONLINE', capacity: null });
    renderApp(CARRY_ON, [
      meMock(grace),
      gatheringMock(closed),
      gatheringMock(created),
      roomMock(closedRoom),
      {
        request: { query: CarryOnSessionMutation, variables: { input: { ...formValuesToFollowUpFields(values), sessionId: 'session-1' } } },
        result: { data: { carryOnSession: { __typename: 'Gathering', id: 'g-9', slug: 'seed-swaps' } } },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Carry “Seed swaps” on' })).toBeInTheDocument();
    // Ada came and wrote the note; Grace, planning it, is not counted.
    expect(screen.getByText(/invites the 1 other person who took part/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveValue('Seed swaps');
    fireEvent.change(screen.getByLabelText(/^Starts/), { target: { value: '2026-07-01T18:00' } });
    fireEvent.change(screen.getByLabelText(/^Ends/), { target: { value: '2026-07-01T19:00' } });
    await user.click(screen.getByRole('button', { name: 'Create the follow-up (as a draft)' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Seed swaps' })).toBeInTheDocument();
  });

  it('another participant is told who may carry it on, with no form', async () => {
    renderApp(CARRY_ON, [meMock(aPerson()), gatheringMock(closed), roomMock(closedRoom)]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Only the host or a convener can carry this on' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create the follow-up (as a draft)' })).not.toBeInTheDocument();
  });
});
