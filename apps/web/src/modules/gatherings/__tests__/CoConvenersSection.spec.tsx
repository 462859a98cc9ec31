import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderUi } from '../../../test/render-app';
import { NetworkPickerQuery } from '../../networks/graphql/network-picker.query';
import { CoConvenersSection } from '../components/CoConvenersSection';
import { CoConvenersQuery } from '../graphql/co-conveners.query';
import { InviteCoConvenerMutation } from '../graphql/invite-co-convener.mutation';
import { aNetworkSummary, anError } from './gathering-fixtures';

const pantry = aNetworkSummary({ id: 'network-2', slug: 'splott-pantry', name: 'Splott Pantry', kind: 'NETWORK' });

const coConvenersMock = (pending: object[], delay?: number) => ({
  request: { query: CoConvenersQuery, variables: { slug: 'cardiff-open-space' } },
  result: {
    data: { gathering: { __typename: 'Gathering', id: 'gathering-1', convenedBy: [aNetworkSummary()], pendingCoConveners: pending } },
  },
  delay,
});

const pickerMock = {
  request: { query: NetworkPickerQuery, variables: { search: 'Splott' } },
  result: {
    data: {
      networks: { __typename: 'NetworkConnection', edges: [{ __typename: 'NetworkEdge', node: { ...pantry, __typename: 'Network' } }] },
    },
  },
};

const inviteMock = (result: object) => ({
  request: { query: InviteCoConvenerMutation, variables: { input: { gatheringId: 'gathering-1', networkId: 'network-2' } } },
  result,
});

const renderSection = (mocks: object[]) =>
  renderUi(<CoConvenersSection gatheringId="gathering-1" slug="cardiff-open-space" />, mocks as Parameters<typeof renderUi>[1]);

async function invitePantry() {
  const user = userEvent.setup();
  const section = within(await screen.findByRole('region', { name: 'Co-conveners' }));
  await user.type(section.getByRole('searchbox', { name: 'Network name' }), 'Splott');
  await user.click(section.getByRole('button', { name: 'Search' }));
  await user.click(await section.findByRole('radio', { name: 'Splott Pantry' }));
  await user.click(section.getByRole('button', { name: 'Invite to co-convene' }));
  return section;
}

describe('CoConvenersSection', () => {
  it('shows that it is loading', async () => {
    renderSection([coConvenersMock([], 60_000)]);
    expect(await screen.findByText('Loading')).toBeInTheDocument();
  });

  it('says who convenes, and when nobody has yet to answer', async () => {
    renderSection([coConvenersMock([])]);
    expect(await screen.findByText('No invitations to co-convene are waiting for an answer.')).toBeInTheDocument();
    expect(screen.getByTestId('convening-networks')).toHaveTextContent('Convening now: Cardiff Food Coalition.');
  });

  it('invites a network, which then waits with a link to answer', async () => {
    renderSection([
      coConvenersMock([]),
      pickerMock,
      inviteMock({ data: { inviteCoConvener: { __typename: 'Gathering', id: 'gathering-1', pendingCoConveners: [pantry] } } }),
    ]);
    const section = await invitePantry();
    expect(await section.findByText('Invitation to co-convene sent.')).toBeInTheDocument();
    const link = await section.findByRole('textbox', { name: 'Link for Splott Pantry to answer' });
    expect(link).toHaveValue(`${window.location.origin}/gatherings/cardiff-open-space?coconvene=network-2`);
  });

  it('shows the server’s message when the invitation is refused', async () => {
    renderSection([coConvenersMock([]), pickerMock, inviteMock(anError('FORBIDDEN', 'Only the gathering’s conveners can do this.'))]);
    await invitePantry();
    expect(await screen.findByRole('alert')).toHaveTextContent('Only the gathering’s conveners can do this.');
  });

  it('shows the server’s message when the co-conveners cannot be read', async () => {
    renderSection([
      {
        request: { query: CoConvenersQuery, variables: { slug: 'cardiff-open-space' } },
        result: anError('NOT_FOUND', 'We could not find that gathering.'),
      },
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not find that gathering.');
  });
});
