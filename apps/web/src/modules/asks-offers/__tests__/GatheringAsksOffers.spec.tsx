import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderUi } from '../../../test/render-app';
import { GatheringAsksOffers } from '../components/GatheringAsksOffers';
import { GatheringAsksOffersQuery, PostAskOfferMutation } from '../graphql/ask-offer.graphql';

const node = (id: string, side: 'ASK' | 'OFFER', title: string, status = 'OPEN') => ({
  __typename: 'AskOfferEdge',
  node: { __typename: 'AskOffer', id, side, title, status },
});

const wall = (edges: ReturnType<typeof node>[]): MockLink.MockedResponse => ({
  request: { query: GatheringAsksOffersQuery, variables: { gatheringId: 'g-1' } },
  result: { data: { asksOffers: { __typename: 'AskOfferConnection', totalCount: edges.length, edges } } },
});

describe('GatheringAsksOffers (on the wall)', () => {
  it('lists the gathering’s asks and offers, and posts one tied to it from the wall', async () => {
    let sent: Record<string, unknown> | undefined;
    const post: MockLink.MockedResponse = {
      request: {
        query: PostAskOfferMutation,
        variables: (variables: { input: Record<string, unknown> }) => {
          sent = variables.input;
          return true;
        },
      },
      result: {
        data: {
          postAskOffer: {
            __typename: 'AskOffer',
            id: 'new-1',
            side: 'OFFER',
            kind: 'OTHER',
            title: 'Lifts home after dark',
            description: '',
            themes: [],
            area: '',
            endsOn: '2099-01-01',
            status: 'OPEN',
            createdAt: '2027-01-01T10:00:00Z',
            closedAt: null,
            viewerMayEdit: true,
            network: null,
            postedBy: { __typename: 'PersonName', id: 'p-1', displayName: 'Nia' },
            gathering: { __typename: 'GatheringLink', id: 'g-1', title: 'Open Space', slug: 'open-space' },
            metByOffer: null,
            metByNetwork: null,
          },
        },
      },
    };
    renderUi(<GatheringAsksOffers gatheringId="g-1" />, [
      wall([node('a-1', 'ASK', 'A minibus on Tuesdays'), node('a-2', 'OFFER', 'Peanut butter', 'MET')]),
      post,
      wall([node('new-1', 'OFFER', 'Lifts home after dark'), node('a-1', 'ASK', 'A minibus on Tuesdays')]),
    ]);
    const section = await screen.findByRole('region', { name: 'Asks and offers from this gathering' });
    expect(await within(section).findByRole('link', { name: 'A minibus on Tuesdays' })).toHaveAttribute('href', '/asks-offers/a-1');
    expect(within(section).getByText('Met')).toBeInTheDocument();

    const form = within(section).getByRole('form', { name: 'Post an ask or offer here' });
    await userEvent.click(within(form).getByRole('button', { name: 'Post here' }));
    expect(await within(form).findByText('Say what it is in at least 3 characters.')).toBeInTheDocument();
    expect(sent).toBeUndefined();

    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'I am posting' }), 'OFFER');
    await userEvent.type(within(form).getByRole('textbox', { name: /In a few words/ }), 'Lifts home after dark');
    await userEvent.click(within(form).getByRole('button', { name: 'Post here' }));
    expect(await within(form).findByRole('link', { name: /Add details to “Lifts home after dark”/ })).toHaveAttribute(
      'href',
      '/asks-offers/new-1',
    );
    expect(sent).toMatchObject({ side: 'OFFER', title: 'Lifts home after dark', gatheringId: 'g-1', kind: 'OTHER' });
    expect(await within(section).findByRole('link', { name: 'Lifts home after dark' })).toBeInTheDocument();
  });

  it('says so when nothing was posted during the gathering yet', async () => {
    renderUi(<GatheringAsksOffers gatheringId="g-1" />, [wall([])]);
    expect(await screen.findByText('None posted during this gathering yet.')).toBeInTheDocument();
  });
});
