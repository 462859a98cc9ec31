import { jest } from '@jest/globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderUi } from '../../../test/render-app';
import { OwnerPicker, type Owner } from '../components/OwnerPicker';
import { GatheringParticipantsQuery } from '../../gatherings';

const participant = (personId: string, displayName: string) => ({
  __typename: 'ParticipantEdge',
  node: { __typename: 'Participant', personId, displayName },
});

function Picker({ onChange }: { onChange: (owner: Owner | null) => void }) {
  const [chosen, setChosen] = useState<Owner | null>(null);
  return (
    <OwnerPicker
      gatheringId="g1"
      here={[
        { id: 'rhys', displayName: 'Rhys Here' },
        { id: 'siân', displayName: 'Siân Here' },
      ]}
      chosen={chosen}
      onChange={(owner) => {
        setChosen(owner);
        onChange(owner);
      }}
    />
  );
}

describe('the owner picker of a room’s action', () => {
  it('suggests the people in the room first, then finds anyone taking part by name; the choice can be undone', async () => {
    const search = {
      request: { query: GatheringParticipantsQuery, variables: { gatheringId: 'g1', search: 'Rh', first: 8 } },
      result: {
        data: {
          gatheringParticipants: {
            __typename: 'ParticipantConnection',
            edges: [participant('rhiannon', 'Rhiannon Away'), participant('rhys', 'Rhys Here')],
          },
        },
      },
    };
    const onChange = jest.fn();
    renderUi(<Picker onChange={onChange} />, [search]);
    const user = userEvent.setup();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Choose Rhys Here', 'Choose Siân Here']);

    await user.type(screen.getByLabelText(/Owner on Weave/), 'Rh');
    await screen.findByRole('button', { name: 'Choose Rhiannon Away' });
    // The one in the room first, once; then the participant who is elsewhere.
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Choose Rhys Here', 'Choose Rhiannon Away']);

    await user.click(screen.getByRole('button', { name: 'Choose Rhiannon Away' }));
    expect(onChange).toHaveBeenLastCalledWith({ id: 'rhiannon', displayName: 'Rhiannon Away' });
    expect(screen.getByText('Owner on Weave: Rhiannon Away')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Choose someone else' }));
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(screen.getByLabelText(/Owner on Weave/)).toBeInTheDocument();
  });
});
