import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import type { FeedbackFormFieldsFragment, FeedbackResultsQuery as Results } from '../../../gql/graphql';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { aGathering, gatheringMock } from '../../gatherings/__tests__/gathering-fixtures';
import { FeedbackResultsQuery } from '../graphql/feedback-results.query';
import { AddFeedbackQuestionMutation } from '../graphql/own-questions.mutations';
import { aForm, formMock } from './feedback-fixtures';

type R = Results['feedbackResults'];
type Question = FeedbackFormFieldsFragment['questions'][number];
const hidden = { shown: false, answered: null, mean: null, counts: null, questionId: null, prompt: null };

function someResults(overrides: Partial<R> = {}): R {
  return {
    gatheringId: 'gathering-1',
    stage: 'AFTER',
    fewestShown: 5,
    enoughAnswers: true,
    participants: 8,
    answered: 6,
    responseRate: 0.75,
    scales: [
      { scale: 'NETWORKING', questionId: null, prompt: null, shown: true, answered: 6, mean: 3.5, counts: [1, 1, 0, 2, 2] },
      { scale: 'TRUST', ...hidden },
    ],
    newPeopleAnswered: 5,
    newPeopleTotal: 15,
    newPeopleMean: 3,
    texts: [{ questionId: null, prompt: null, texts: ['Lovely day'] }],
    series: null,
    ...overrides,
  } as R;
}

const resultsMock = (results: R): MockLink.MockedResponse => ({
  request: { query: FeedbackResultsQuery, variables: { gatheringId: 'gathering-1', stage: 'AFTER' } },
  result: { data: { feedbackResults: results } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const open = (results: R, more: MockLink.MockedResponse[] = [formMock(aForm())]) =>
  renderApp('/gatherings/cardiff-open-space/feedback/results', [
    meMock(aPerson()),
    gatheringMock(aGathering({ status: 'CLOSED' })),
    resultsMock(results),
    ...more,
  ]);

describe('FeedbackResultsPage', () => {
  it('shows the response rate, a table of the scales (a row with too few answers says so), new people met and the texts', async () => {
    open(someResults());
    expect(await screen.findByText('6 of 8 people with a place answered (75%).')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /How many people chose each answer/ });
    const networking = within(table).getByRole('row', { name: /I know people in other groups/ });
    expect(
      within(networking)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '1', '0', '2', '2', '3.5', '6']);
    expect(within(table).getByRole('row', { name: /I trust people here/ })).toHaveTextContent('Fewer than 5 answered');
    expect(screen.getByText('15 new people in all: 3 each on average (5 people said).')).toBeInTheDocument();
    expect(screen.getByText('Lovely day')).toBeInTheDocument();
  });

  it('with fewer than five answers says so, and shows no figures at all', async () => {
    open(someResults({ enoughAnswers: false, answered: null, responseRate: null, scales: [], texts: [] }));
    expect(await screen.findByTestId('feedback-too-few')).toHaveTextContent('Fewer than 5 people have answered');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByText(/0 of/)).not.toBeInTheDocument();
  });

  it('shows a series’ change, with "too few" where a figure is about fewer than five people', async () => {
    open(
      someResults({
        series: {
          startGatheringTitle: 'Workshop 1',
          startGatheringSlug: 'workshop-1',
          beforeAnswered: 7,
          paired: 5,
          scales: [
            { scale: 'NETWORKING', before: 2, after: 3.14, change: 2 },
            { scale: 'TRUST', before: null, after: 5, change: null },
          ],
        },
      } as Partial<R>),
    );
    const table = await screen.findByRole('table', { name: /Averages before and after/ });
    expect(within(table).getByRole('row', { name: /Networking/ })).toHaveTextContent('23.14+2');
    expect(within(table).getByRole('row', { name: /Trust/ })).toHaveTextContent('Too few5Too few');
    expect(screen.getByText('5 people answered both.')).toBeInTheDocument();
  });

  it('lets a convener add a question of their own (the question is needed first)', async () => {
    const user = userEvent.setup();
    const mine = aForm({ viewerIsConvener: true, viewerMayAnswer: false, questions: [] });
    const added = aForm({
      viewerIsConvener: true,
      viewerMayAnswer: false,
      questions: [{ __typename: 'FeedbackQuestion', id: 'q-2', kind: 'TEXT', prompt: 'What should we do next?' } as Question],
    });
    open(someResults(), [
      formMock(mine),
      {
        request: {
          query: AddFeedbackQuestionMutation,
          variables: { input: { gatheringId: 'gathering-1', prompt: 'What should we do next?', kind: 'TEXT' } },
        },
        result: { data: { addFeedbackQuestion: added } },
      },
    ]);
    expect(await screen.findByTestId('no-own-questions')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add the question' }));
    expect(screen.getByText('Write the question first.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Your question'), 'What should we do next?');
    await user.click(screen.getByRole('radio', { name: 'in words' }));
    await user.click(screen.getByRole('button', { name: 'Add the question' }));
    const list = await screen.findByTestId('own-questions');
    expect(list).toHaveTextContent('What should we do next? (in words)');
    expect(screen.getByLabelText('Your question')).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Remove the question “What should we do next?”' })).toBeInTheDocument();
  });

  it('shows no question editor to someone who does not convene it', async () => {
    open(someResults());
    await screen.findByTestId('feedback-rate');
    expect(screen.queryByRole('heading', { name: 'Questions of your own' })).not.toBeInTheDocument();
  });

  it('offers no removal once someone has answered', async () => {
    const locked = aForm({ viewerIsConvener: true, questionsLocked: true });
    open(someResults(), [formMock(locked)]);
    expect(await screen.findByTestId('own-questions')).toHaveTextContent('What next?');
    expect(screen.queryByRole('button', { name: /Remove the question/ })).not.toBeInTheDocument();
    expect(screen.getByText('Someone has answered, so questions can be added but not removed.')).toBeInTheDocument();
  });
});
