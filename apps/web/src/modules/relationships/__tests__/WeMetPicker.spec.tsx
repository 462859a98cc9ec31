import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderUi } from '../../../test/render-app';
import { WeMetPicker } from '../components/WeMetPicker';
import { SayWeMetMutation } from '../graphql/connection.mutations';
import { GatheringParticipantsQuery } from '../../gatherings';
import { MetSuggestionsQuery } from '../graphql/we-met-picker.query';

const person = (id: string, displayName: string) => ({ __typename: 'MetPerson', id, displayName });

const mocks = [
  {
    request: { query: MetSuggestionsQuery, variables: { gatheringId: 'g-1' } },
    result: {
      data: {
        metSuggestions: [
          { __typename: 'MetSuggestion', person: person('p-2', 'Aled Jones'), sharedRooms: 2, connectionStatus: null },
          { __typename: 'MetSuggestion', person: person('p-3', 'Carys Evans'), sharedRooms: 1, connectionStatus: 'PROPOSED' },
        ],
      },
    },
  },
  {
    request: { query: GatheringParticipantsQuery, variables: { gatheringId: 'g-1', search: 'Dewi', first: 20 } },
    result: {
      data: {
        gatheringParticipants: {
          __typename: 'ParticipantConnection',
          totalCount: 1,
          edges: [
            {
              __typename: 'ParticipantEdge',
              node: {
                __typename: 'Participant',
                personId: 'p-4',
                displayName: 'Dewi Morgan',
                networks: [{ __typename: 'NetworkSummary', id: 'n-1', name: 'Cynon Food Bank' }],
              },
            },
          ],
        },
      },
    },
    variableMatcher: () => true,
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: SayWeMetMutation, variables: { input: { gatheringId: 'g-1', personId: 'p-2' } } },
    result: {
      data: {
        sayWeMet: {
          __typename: 'Connection',
          id: 'c-1',
          status: 'PROPOSED',
          closeness: 'MET_ONCE',
          awaitsYou: false,
          person: person('p-2', 'Aled Jones'),
          gathering: { __typename: 'SharedGathering', id: 'g-1', slug: 'cynon', title: 'Cynon', startsAt: '2026-10-01T09:00:00Z' },
          theirNetworks: [],
          theirMembersOnlyNetworkCount: 0,
          sharedGatherings: [],
          sharedConversations: [],
          confirmedAt: null,
        },
      },
    },
  },
];

describe('WeMetPicker', () => {
  it('suggests the people from your rooms first, marks those already asked, and says "we met" about one', async () => {
    renderUi(<WeMetPicker gatheringId="g-1" />, mocks);
    const rows = await screen.findAllByTestId('we-met-person');
    expect(rows.map((r) => within(r).getByText(/Jones|Evans/).textContent)).toEqual(['Aled Jones', 'Carys Evans']);
    expect(within(rows[0]).getByText('In 2 rooms with you')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Said')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'We met: Aled Jones' }));
    expect(await screen.findByText('Sent: Aled Jones is asked to confirm.')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Said')).toBeInTheDocument();
  });

  it('finds anyone else who took part by name', async () => {
    renderUi(<WeMetPicker gatheringId="g-1" />, mocks);
    await userEvent.type(screen.getByLabelText(/Find someone who took part/), 'Dewi');
    expect(await screen.findByText('Dewi Morgan')).toBeInTheDocument();
    expect(screen.getByText('Cynon Food Bank')).toBeInTheDocument();
  });
});
