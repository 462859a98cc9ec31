import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { aGathering, aRegistration, gatheringMock } from '../../gatherings/__tests__/gathering-fixtures';
import { AddActionMutation } from '../graphql/add-action.mutation';
import { EditNoteMutation } from '../graphql/edit-note.mutation';
import { JoinSomewhereNewMutation } from '../graphql/join-somewhere-new.mutation';
import { SetActionDoneMutation } from '../graphql/set-action-done.mutation';
import { aNote, anAction, aRoom, aRoomSession, online, people, roomMock, roomUpdatesMock } from './open-space-fixtures';

const ROOM = '/gatherings/cardiff-open-space/rooms/session-1';
const live = aGathering({ status: 'LIVE', viewerRegistration: aRegistration() });
const quiet = roomUpdatesMock(null);

describe('RoomPage', () => {
  it('says it is loading', async () => {
    renderApp(ROOM, [meMock(aPerson()), gatheringMock(live), quiet]);
    expect(await screen.findByRole('status')).toHaveTextContent('Loading');
  });

  it('says why the room cannot be opened', async () => {
    const error = {
      errors: [
        { message: 'This session is not on the wall yet, so its room is not open.', extensions: { code: 'CONFLICT', reason: 'NotPlaced' } },
      ],
    };
    renderApp(ROOM, [meMock(aPerson()), gatheringMock(live), roomMock(null, error), quiet]);
    expect(await screen.findByRole('alert')).toHaveTextContent('This session is not on the wall yet, so its room is not open.');
  });

  it('shows an empty room with a way in', async () => {
    const room = aRoom({ session: aRoomSession({ headcount: 0 }), people: [], notes: [], actions: [] });
    renderApp(ROOM, [meMock(aPerson()), gatheringMock(live), roomMock(room), quiet]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Seed swaps' })).toBeInTheDocument();
    expect(screen.getByTestId('room-headcount')).toHaveTextContent('0 of 10 here');
    expect(screen.getByText('Nobody is here yet.')).toBeInTheDocument();
    expect(screen.getByTestId('no-notes')).toHaveTextContent('No notes yet.');
    expect(screen.getByTestId('no-actions')).toHaveTextContent('No actions yet.');
    expect(screen.getByRole('button', { name: 'Join this room' })).toBeInTheDocument();
  });

  it('shows who is here, the notes and the actions, and the video link of an online space', async () => {
    const room = aRoom({ session: aRoomSession({ spaceId: 'space-2', space: online, capacity: 20 }) });
    renderApp(ROOM, [meMock(aPerson()), gatheringMock(live), roomMock(room), quiet]);
    const people = within(await screen.findByTestId('room-people'));
    expect(people.getByText('Ada Lovelace (you)')).toBeInTheDocument();
    expect(people.getByText('Grace Hopper')).toBeInTheDocument();
    expect(screen.getByTestId('room-headcount')).toHaveTextContent('2 of 20 here');
    expect(await screen.findByRole('link', { name: 'Join the video call (opens in a new tab)' })).toHaveAttribute(
      'href',
      'https://meet.example.org/weave-online-room',
    );
    expect(screen.getByRole('button', { name: 'Somewhere new' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Leave the room' })).toBeInTheDocument();
    expect(within(screen.getByTestId('notes')).getByText('Swap boxes in every library.')).toBeInTheDocument();
    const actions = within(screen.getByTestId('actions'));
    expect(actions.getByText('Write to the libraries')).toBeInTheDocument();
    expect(actions.getByText('Owner: Grace Hopper · Due 1 Jul 2026')).toBeInTheDocument();
    expect(actions.getByRole('checkbox', { name: 'Done: Write to the libraries' })).not.toBeChecked();
  });

  it('embeds the call of an online space on the page when asked, and hides it again', async () => {
    const room = aRoom({ session: aRoomSession({ spaceId: 'space-2', space: online, capacity: 20 }) });
    renderApp(ROOM, [meMock(aPerson()), gatheringMock(live), roomMock(room), quiet]);
    const show = await screen.findByRole('button', { name: 'Show the call on this page' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByTestId('room-call')).not.toBeInTheDocument();
    await userEvent.click(show);
    const call = screen.getByTitle(`Video call: ${room.session.title}`);
    expect(call).toHaveAttribute('src', 'https://meet.example.org/weave-online-room');
    expect(call.getAttribute('allow')).toContain('microphone');
    const hide = screen.getByRole('button', { name: 'Hide the call' });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(hide);
    expect(screen.queryByTestId('room-call')).not.toBeInTheDocument();
  });

  it('says where and when the session runs from its own space and slot, without reading the wall', async () => {
    renderApp(ROOM, [meMock(aPerson()), gatheringMock(live), roomMock(aRoom()), quiet]);
    expect(await screen.findByTestId('room-where')).toHaveTextContent('10:00–11:00 · Great Hall');
    expect(screen.getByText('Times are in London.')).toBeInTheDocument();
    expect(screen.getByText('Step-free')).toBeInTheDocument();
    // The Great Hall is not online: no video link.
    expect(screen.queryByTestId('room-video')).not.toBeInTheDocument();
  });

  it('follows its session to another slot and space when the room’s snapshot moves it', async () => {
    const later = {
      __typename: 'TimeSlot',
      id: 'slot-2',
      startsAt: '2026-06-13T13:00:00.000Z',
      endsAt: '2026-06-13T14:00:00.000Z',
      label: 'After lunch',
    };
    const moved = aRoom({
      session: aRoomSession({ slotId: 'slot-2', spaceId: 'space-2', slot: later, space: online, version: '9007199254740999' }),
    });
    renderApp(ROOM, [meMock(aPerson()), gatheringMock(live), roomMock(aRoom()), roomUpdatesMock({ snapshot: moved })]);
    expect(await screen.findByText('14:00–15:00 After lunch · Online room')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Join the video call (opens in a new tab)' })).toHaveAttribute(
      'href',
      'https://meet.example.org/weave-online-room',
    );
  });

  it('goes somewhere new: the next room shows its own session, people and notes, nothing of the last one', async () => {
    const next = aRoom({
      session: aRoomSession({ id: 'session-2', title: 'Bike kitchens', spaceId: 'space-2', space: online, capacity: 20, version: '1' }),
      people: [people.ada],
      notes: [],
      actions: [],
    });
    renderApp(ROOM, [
      meMock(aPerson()),
      gatheringMock(live),
      roomMock(aRoom()),
      quiet,
      {
        request: { query: JoinSomewhereNewMutation, variables: { input: { gatheringId: 'gathering-1' } } },
        result: { data: { joinSomewhereNew: { __typename: 'Presence', gatheringId: 'gathering-1', session: next.session } } },
      },
      roomMock(next),
      roomUpdatesMock(null, 20, 'session-2'),
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Somewhere new' }));
    // The last room's session has the higher version: it must not win over the next room's.
    expect(await screen.findByRole('heading', { level: 1, name: 'Bike kitchens' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/gatherings/cardiff-open-space/rooms/session-2');
    expect(screen.getByTestId('room-where')).toHaveTextContent('10:00–11:00 · Online room');
    expect(screen.getByTestId('room-headcount')).toHaveTextContent('1 of 20 here');
    expect(screen.getByTestId('no-notes')).toBeInTheDocument();
  });

  it('shows a note someone adds, live', async () => {
    const added = aNote({ id: 'note-2', text: 'Ask the council for space.', author: { id: 'person-2', displayName: 'Grace Hopper' } });
    renderApp(ROOM, [meMock(aPerson()), gatheringMock(live), roomMock(aRoom()), roomUpdatesMock({ notes: [added] })]);
    expect(await screen.findByText('Ask the council for space.')).toBeInTheDocument();
    expect(screen.getByText('Swap boxes in every library.')).toBeInTheDocument();
  });

  it('keeps the person’s text when someone else changed the note first', async () => {
    const conflict = {
      errors: [{ message: 'Someone else changed this note.', extensions: { code: 'CONFLICT', reason: 'NoteChanged' } }],
    };
    renderApp(ROOM, [
      meMock(aPerson()),
      gatheringMock(live),
      roomMock(aRoom()),
      quiet,
      {
        request: {
          query: EditNoteMutation,
          variables: { input: { noteId: 'note-1', text: 'Swap boxes in every library and café.', expectedVersion: 1 } },
        },
        result: conflict,
      },
    ]);
    const note = within(await screen.findByTestId('note-note-1'));
    await userEvent.click(note.getByRole('button', { name: 'Edit' }));
    const box = note.getByRole('textbox', { name: 'Edit your note' });
    await userEvent.clear(box);
    await userEvent.type(box, 'Swap boxes in every library and café.');
    await userEvent.click(note.getByRole('button', { name: 'Save note' }));
    expect(await note.findByRole('alert')).toHaveTextContent('Someone else changed this note while you were editing.');
    expect(note.getByRole('textbox', { name: 'Edit your note' })).toHaveValue('Swap boxes in every library and café.');
  });

  it('opens the add-action form when asked, with the focus in it, and adds the action', async () => {
    const user = userEvent.setup();
    const input = { sessionId: 'session-1', what: 'Map the tool libraries', ownerName: 'Grace Hopper', ownerId: null, dueOn: null };
    const added = anAction({ id: 'action-2', what: 'Map the tool libraries', dueOn: null });
    renderApp(ROOM, [
      meMock(aPerson()),
      gatheringMock(live),
      roomMock(aRoom()),
      quiet,
      { request: { query: AddActionMutation, variables: { input } }, result: { data: { addAction: added } } },
    ]);
    const open = await screen.findByRole('button', { name: 'New action' });
    // The form is not part of the room until someone asks for it.
    expect(screen.queryByRole('textbox', { name: 'What will be done' })).not.toBeInTheDocument();
    open.focus();
    await user.keyboard('{Enter}');
    const what = await screen.findByRole('textbox', { name: 'What will be done' });
    expect(what).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'New action' })).not.toBeInTheDocument();
    await user.keyboard('Map the tool libraries');
    await user.type(screen.getByRole('textbox', { name: 'Who owns it' }), 'Grace Hopper');
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    expect(await within(screen.getByTestId('actions')).findByText('Map the tool libraries')).toBeInTheDocument();
    expect(screen.getByText('Action added.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'What will be done' })).toHaveValue('');
  });

  it('ticks an action done', async () => {
    const user = userEvent.setup();
    renderApp(ROOM, [
      meMock(aPerson()),
      gatheringMock(live),
      roomMock(aRoom()),
      quiet,
      {
        request: { query: SetActionDoneMutation, variables: { input: { actionId: 'action-1', done: true } } },
        result: { data: { setActionDone: anAction({ done: true }) } },
      },
    ]);
    await user.click(await screen.findByRole('checkbox', { name: 'Done: Write to the libraries' }));
    expect(await screen.findByRole('checkbox', { name: 'Done: Write to the libraries', checked: true })).toBeInTheDocument();
  });
});
