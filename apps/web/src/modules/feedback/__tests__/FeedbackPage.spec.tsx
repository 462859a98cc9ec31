import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { aGathering, gatheringMock } from '../../gatherings/__tests__/gathering-fixtures';
import { AnswerFeedbackMutation } from '../graphql/answer-feedback.mutation';
import { aForm, formMock } from './feedback-fixtures';

describe('FeedbackPage', () => {
  it('lets a participant choose points by their words, answer the conveners’ question, send, and then says until when they can change it', async () => {
    const user = userEvent.setup();
    const sent = {
      gatheringId: 'gathering-1',
      stage: 'AFTER',
      comment: 'Lovely',
      networking: 4,
      knowledge: null,
      confidence: null,
      trust: null,
      support: null,
      newPeopleMet: 3,
      answers: [{ questionId: 'q-1', text: 'Buses' }],
    };
    const answered = aForm({
      myAnswer: {
        networking: 4,
        knowledge: null,
        confidence: null,
        trust: null,
        support: null,
        newPeopleMet: 3,
        comment: 'Lovely',
        updatedAt: '2027-05-02T10:00:00Z',
        answers: [{ questionId: 'q-1', scale: null, text: 'Buses' }],
      },
    });
    renderApp('/gatherings/cardiff-open-space/feedback', [
      meMock(aPerson()),
      gatheringMock(aGathering({ status: 'CLOSED' })),
      formMock(aForm()),
      { request: { query: AnswerFeedbackMutation, variables: { input: sent } }, result: { data: { answerFeedback: answered } } },
    ]);
    const networking = await screen.findByRole('group', { name: 'I know people in other groups I can work with' });
    await user.click(within(networking).getByRole('radio', { name: '4 – Quite a lot' }));
    expect(within(networking).getByRole('radio', { name: '4 – Quite a lot' })).toBeChecked();
    await user.type(screen.getByRole('textbox', { name: /How many new people/ }), '3');
    await user.type(screen.getByRole('textbox', { name: 'What next?' }), 'Buses');
    await user.type(screen.getByRole('textbox', { name: /Anything else/ }), 'Lovely');
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    const thanks = await screen.findByTestId('feedback-thanks');
    expect(thanks).toHaveTextContent('Thank you. Your answers are saved.');
    expect(thanks).toHaveTextContent('You can change them until 1 June 2027');
    expect(screen.getByRole('button', { name: 'Save my changes' })).toBeInTheDocument();
  });

  it('says when the form is not open yet, and shows no form', async () => {
    renderApp('/gatherings/cardiff-open-space/feedback', [
      meMock(aPerson()),
      gatheringMock(aGathering({ status: 'LIVE' })),
      formMock(aForm({ open: false, closesAt: null })),
    ]);
    expect(await screen.findByText(/opens when the gathering closes/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send my answers' })).not.toBeInTheDocument();
  });

  it('points a convener to the results instead of a form', async () => {
    renderApp('/gatherings/cardiff-open-space/feedback', [
      meMock(aPerson()),
      gatheringMock(aGathering({ status: 'CLOSED' })),
      formMock(aForm({ viewerIsConvener: true, viewerMayAnswer: false })),
    ]);
    expect(await screen.findByRole('link', { name: 'See the feedback results' })).toHaveAttribute(
      'href',
      '/gatherings/cardiff-open-space/feedback/results',
    );
    expect(screen.queryByRole('button', { name: 'Send my answers' })).not.toBeInTheDocument();
  });
});
