import { screen, waitFor, within } from '@testing-library/react';
import { renderUi } from '../../../test/render-app';
import { MyCoConveningInvitations } from '../components/MyCoConveningInvitations';
import { MyCoConveningInvitationsQuery } from '../graphql/my-co-convening-invitations.query';
import { anError } from './gathering-fixtures';

const anInvitation = (networkId: string, networkName: string) => ({
  __typename: 'CoConveningInvitation',
  gathering: {
    __typename: 'Gathering',
    id: 'gathering-1',
    slug: 'cardiff-open-space',
    title: 'Cardiff open space',
    startsAt: '2026-06-13T09:00:00.000Z',
    endsAt: '2026-06-13T15:00:00.000Z',
    timeZone: 'Europe/London',
  },
  network: { __typename: 'NetworkSummary', id: networkId, name: networkName },
});

const invitationsMock = (invitations: ReturnType<typeof anInvitation>[], delay?: number) => ({
  request: { query: MyCoConveningInvitationsQuery },
  result: { data: { myCoConveningInvitations: invitations } },
  delay,
});

describe('MyCoConveningInvitations', () => {
  it('lists each waiting invitation with its date, the network invited and a link to answer', async () => {
    renderUi(<MyCoConveningInvitations />, [
      invitationsMock([anInvitation('network-2', 'Swansea Growers'), anInvitation('network-3', 'Newport Larder')]),
    ]);
    const section = await screen.findByRole('region', { name: 'Invitations to co-convene' });
    const links = within(section).getAllByRole('link', { name: 'Cardiff open space' });
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/gatherings/cardiff-open-space?coconvene=network-2',
      '/gatherings/cardiff-open-space?coconvene=network-3',
    ]);
    expect(within(section).getAllByText('Saturday, 13 June 2026 · 10:00–16:00 in London')).toHaveLength(2);
    expect(within(section).getByText('Network invited: Swansea Growers')).toBeInTheDocument();
    expect(within(section).getByText('Network invited: Newport Larder')).toBeInTheDocument();
  });

  it('says it is loading without taking space, and shows nothing (no heading) when there are none', async () => {
    const { container } = renderUi(<MyCoConveningInvitations />, [invitationsMock([], 20)]);
    expect(screen.getByRole('status')).toHaveTextContent('Loading');
    await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument());
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(container.querySelector('section')).toBeNull();
  });

  it('shows the server’s message when the invitations cannot be read', async () => {
    renderUi(<MyCoConveningInvitations />, [
      { request: { query: MyCoConveningInvitationsQuery }, result: anError('UNAUTHENTICATED', 'Sign in to see your invitations.') },
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent('Sign in to see your invitations.');
    expect(screen.getByRole('heading', { name: 'Invitations to co-convene' })).toBeInTheDocument();
  });
});
