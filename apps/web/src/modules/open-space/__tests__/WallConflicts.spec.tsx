import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { aGathering, aRegistration, gatheringMock } from '../../gatherings/__tests__/gathering-fixtures';
import { PlaceSessionMutation } from '../graphql/place-session.mutation';
import { SuggestScheduleQuery } from '../graphql/suggest-schedule.query';
import { UnplaceSessionMutation } from '../graphql/unplace-session.mutation';
import { aConflict, aSession, aWall, people, wallMock, wallUpdatesMock } from './open-space-fixtures';

const WALL = '/gatherings/cardiff-open-space/wall';
const host = aGathering({ status: 'LIVE', viewerRegistration: aRegistration() });
const convener = aGathering({ status: 'LIVE', viewerIsConvener: true });
const quiet = wallUpdatesMock(null);
const mine = aSession({
  id: 'session-5',
  title: 'Compost clubs',
  host: people.ada,
  slotId: null,
  spaceId: null,
  capacity: null,
  headcount: 0,
});

const placeMock = (result: object): MockLink.MockedResponse => ({
  request: { query: PlaceSessionMutation, variables: { input: { sessionId: 'session-5', slotId: 'slot-1', spaceId: 'space-1' } } },
  result,
});

/** Renders the wall for Ada, who hosts "Compost clubs", in `language`, and tries to place it in the Great Hall at 10:00. */
async function placeCompostClubs(result: object, language = 'en') {
  const { i18n } = renderApp(WALL, [
    meMock(aPerson()),
    gatheringMock(host),
    wallMock(aWall({ sessions: [aSession(), mine] })),
    quiet,
    placeMock(result),
  ]);
  await act(() => i18n.changeLanguage(language));
  const t = i18n.getFixedT(language, 'open-space');
  const form = within(await screen.findByRole('region', { name: t('openSpace.place.title') }));
  await userEvent.selectOptions(form.getByRole('combobox', { name: t('openSpace.place.session') }), 'session-5');
  await userEvent.selectOptions(form.getByRole('combobox', { name: t('openSpace.place.slot') }), 'slot-1');
  await userEvent.selectOptions(form.getByRole('combobox', { name: t('openSpace.place.space') }), 'space-1');
  await userEvent.click(form.getByRole('button', { name: t('openSpace.place.submit') }));
  return form.findByRole('alert');
}

describe('WallPage conflicts, in the reader’s language', () => {
  it('names the session already in the cell (CellTaken, with its title from extensions.detail)', async () => {
    const alert = await placeCompostClubs(
      aConflict('CellTaken', '“Seed swaps” is already in that space at that time. Choose an empty cell.', 'Seed swaps'),
    );
    expect(alert).toHaveTextContent('“Seed swaps” is already in that space at that time. Choose an empty cell.');
  });

  it('says a host clash in Welsh, naming the other session', async () => {
    const alert = await placeCompostClubs(
      aConflict('HostClash', 'The host is already hosting “Seed swaps” in that time slot. Choose another time.', 'Seed swaps'),
      'cy',
    );
    expect(alert).toHaveTextContent('Mae’r gwesteiwr eisoes yn cynnal “Seed swaps” yn y slot amser hwnnw. Dewiswch amser arall.');
  });

  it('words a taken cell without a title when the server names none', async () => {
    const alert = await placeCompostClubs(aConflict('CellTaken', 'Another session is already in that space at that time.'), 'cy');
    expect(alert).toHaveTextContent('Mae sesiwn arall eisoes yn y gofod hwnnw ar yr amser hwnnw. Dewiswch gell wag.');
  });

  it('falls back to the server’s message for a reason it does not know', async () => {
    const alert = await placeCompostClubs(aConflict('SomethingNew', 'Something new happened on the server.'), 'cy');
    expect(alert).toHaveTextContent('Something new happened on the server.');
  });

  it('tells a convener why an occupied session cannot come off the wall (RoomNotEmpty)', async () => {
    renderApp(WALL, [
      meMock(aPerson()),
      gatheringMock(convener),
      wallMock(aWall()),
      quiet,
      {
        request: { query: UnplaceSessionMutation, variables: { input: { sessionId: 'session-1' } } },
        result: aConflict('RoomNotEmpty', 'People are in this room now. Ask them to move before taking the session off the wall.'),
      },
    ]);
    const form = within(await screen.findByRole('region', { name: 'Place a session' }));
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Session' }), 'session-1');
    await userEvent.click(form.getByRole('button', { name: 'Take off the wall' }));
    expect(await form.findByRole('alert')).toHaveTextContent(
      'People are in this room now. Ask them to move before taking the session off the wall.',
    );
    expect(within(screen.getByTestId('wall-grid')).getByText('Seed swaps')).toBeInTheDocument();
  });

  it('words why the suggestion left sessions out by their code, and keeps the server’s words for a code it does not know', async () => {
    const unplaced = (id: string, title: string) => aSession({ id, title, slotId: null, spaceId: null, capacity: null, headcount: 0 });
    const suggestion = {
      __typename: 'ScheduleSuggestion',
      placements: [],
      unplaced: [
        {
          __typename: 'UnplacedSession',
          sessionId: 'session-6',
          code: 'NO_FREE_CELL',
          reason: 'Every suitable cell is taken, or its host is busy.',
        },
        { __typename: 'UnplacedSession', sessionId: 'session-7', code: 'NO_SUITABLE_SPACE', reason: 'No space has everything it needs.' },
        { __typename: 'UnplacedSession', sessionId: 'session-8', code: 'NO_WEATHER', reason: 'It is raining.' },
      ],
    };
    const { i18n } = renderApp(WALL, [
      meMock(aPerson()),
      gatheringMock(convener),
      wallMock(
        aWall({
          sessions: [
            aSession(),
            unplaced('session-6', 'Bike kitchens'),
            unplaced('session-7', 'Tool libraries'),
            unplaced('session-8', 'Picnics'),
          ],
        }),
      ),
      quiet,
      {
        request: { query: SuggestScheduleQuery, variables: { gatheringId: 'gathering-1' } },
        result: { data: { suggestSchedule: suggestion } },
      },
    ]);
    await act(() => i18n.changeLanguage('cy'));
    const panel = within(await screen.findByRole('region', { name: 'Awgrymu amserlen' }));
    await userEvent.click(panel.getByRole('button', { name: 'Awgrymu amserlen' }));
    expect(await panel.findByText('Bike kitchens: Mae pob cell addas wedi’i chymryd, neu mae ei gwesteiwr yn brysur.')).toBeInTheDocument();
    expect(panel.getByText('Tool libraries: Does gan yr un gofod bopeth sydd ei angen arni.')).toBeInTheDocument();
    expect(panel.getByText('Picnics: It is raining.')).toBeInTheDocument();
    expect(panel.getByTestId('suggestion-empty')).toBeInTheDocument();
  });
});
