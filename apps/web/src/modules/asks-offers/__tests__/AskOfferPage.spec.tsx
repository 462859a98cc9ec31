import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import type { AskOfferFieldsFragment } from '../../../gql/graphql';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { AskOfferQuery, IntroduceAskOfferMutation, UpdateAskOfferMutation } from '../graphql/ask-offer.graphql';

function aPost(overrides: Partial<AskOfferFieldsFragment> = {}): AskOfferFieldsFragment {
  return {
    __typename: 'AskOffer',
    id: 'ask-1',
    side: 'ASK',
    kind: 'EQUIPMENT',
    title: 'A minibus on Tuesdays',
    description: 'For the lunch club.',
    themes: ['transport'],
    area: 'Aberdare',
    endsOn: '2027-03-01',
    status: 'OPEN',
    createdAt: '2027-01-01T10:00:00Z',
    closedAt: null,
    viewerMayEdit: true,
    network: null,
    postedBy: { __typename: 'PersonName', id: 'person-1', displayName: 'Nia' },
    gathering: null,
    metByOffer: null,
    metByNetwork: null,
    ...overrides,
  } as AskOfferFieldsFragment;
}

const offer = aPost({ id: 'offer-1', side: 'OFFER', title: 'Community minibus free on Tuesdays', viewerMayEdit: false });

const askMock = (post: AskOfferFieldsFragment | null, matches = [offer]): MockLink.MockedResponse => ({
  request: { query: AskOfferQuery, variables: { id: 'ask-1' } },
  result: {
    data: {
      askOffer: post,
      askOfferMatches: matches.map((match) => ({
        __typename: 'AskOfferMatch',
        score: 2.1,
        isGood: true,
        sameNetwork: false,
        introductionConversationId: null,
        match,
      })),
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('AskOfferPage', () => {
  it('shows the ask with its date in British order and its best match, and introduces the two', async () => {
    const introduce: MockLink.MockedResponse = {
      request: { query: IntroduceAskOfferMutation, variables: { input: { askId: 'ask-1', offerId: 'offer-1' } } },
      result: { data: { introduceAskOffer: { __typename: 'AskOfferIntroduction', conversationId: 'conversation-1', isNew: true } } },
    };
    renderApp('/asks-offers/ask-1', [meMock(aPerson()), askMock(aPost()), introduce]);
    expect(await screen.findByRole('heading', { level: 1, name: 'A minibus on Tuesdays' })).toBeInTheDocument();
    expect(screen.getByText('Equipment · Nia · Until 1 Mar 2027')).toBeInTheDocument();
    const matches = screen.getByTestId('match-list');
    expect(within(matches).getByRole('link', { name: 'Community minibus free on Tuesdays' })).toBeInTheDocument();
    expect(within(matches).getByText('Good match')).toBeInTheDocument();
    await userEvent.click(within(matches).getByRole('button', { name: 'Introduce' }));
    expect(await within(matches).findByRole('link', { name: 'Open the conversation' })).toHaveAttribute(
      'href',
      '/conversations/conversation-1',
    );
  });

  it('offers no actions to someone of neither side, and says when there are no matches', async () => {
    renderApp('/asks-offers/ask-1', [meMock(aPerson()), askMock(aPost({ viewerMayEdit: false }), [])]);
    expect(await screen.findByText(/No open matches yet/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Withdraw it' })).not.toBeInTheDocument();
  });

  it('lets whoever may edit change the words, checks them first, and shows the server’s field messages', async () => {
    // An end date far ahead, so the form's "not in the past" check passes whenever this runs.
    const post = aPost({ endsOn: '2099-03-01' });
    const edited = { ...post, title: 'A minibus on Tuesdays and Thursdays', themes: ['transport', 'older people'] };
    const input = {
      id: 'ask-1',
      kind: 'EQUIPMENT',
      title: 'A minibus on Tuesdays and Thursdays',
      description: 'For the lunch club.',
      themes: ['transport', 'older people'],
      area: 'Aberdare',
      endsOn: '2099-03-01',
    };
    const refused: MockLink.MockedResponse = {
      request: { query: UpdateAskOfferMutation, variables: { input } },
      result: {
        errors: [
          {
            message: 'Invalid input',
            extensions: { code: 'BAD_USER_INPUT', fields: { area: 'Use at most 120 characters.' } },
          },
        ] as never,
      },
    };
    const accepted: MockLink.MockedResponse = {
      request: { query: UpdateAskOfferMutation, variables: { input } },
      result: { data: { updateAskOffer: edited } },
    };
    renderApp('/asks-offers/ask-1', [meMock(aPerson()), askMock(post), refused, accepted]);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit it' }));
    const form = screen.getByRole('region', { name: 'Edit this ask' });
    const title = within(form).getByRole('textbox', { name: /In a few words/ });
    await userEvent.clear(title);
    await userEvent.type(title, 'A');
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('Say what it is in at least 3 characters.')).toBeInTheDocument();
    expect(title).toHaveFocus();

    await userEvent.clear(title);
    await userEvent.type(title, 'A minibus on Tuesdays and Thursdays');
    await userEvent.type(within(form).getByRole('textbox', { name: /^Themes/ }), ', Older people');
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('Use at most 120 characters.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /^Area/ })).toHaveFocus();

    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Saved. Weave is looking for matches again.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Edit this ask' })).not.toBeInTheDocument();
  });

  it('offers no editing of a closed post', async () => {
    renderApp('/asks-offers/ask-1', [meMock(aPerson()), askMock(aPost({ status: 'MET' }), [])]);
    expect(await screen.findByText(/are not matched/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit it' })).not.toBeInTheDocument();
  });

  it('says so when the ask cannot be seen', async () => {
    renderApp('/asks-offers/ask-1', [meMock(aPerson()), askMock(null, [])]);
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not find that ask or offer/);
  });
});
