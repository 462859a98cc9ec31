import { initialValues, toAnswerInput } from '../utils/answer-values';

const questions = [
  { __typename: 'FeedbackQuestion' as const, id: 'q-scale', kind: 'SCALE' as const, prompt: 'Venue?' },
  { __typename: 'FeedbackQuestion' as const, id: 'q-text', kind: 'TEXT' as const, prompt: 'Next?' },
];

describe('answer values', () => {
  it('sends chosen points as numbers, unchosen ones as null, and only the own questions answered', () => {
    const values = initialValues(null);
    values.scales.NETWORKING = '4';
    values.scales.TRUST = '1';
    values.newPeopleMet = '3';
    values.comment = '  Good day  ';
    values.own['q-text'] = ' Transport ';
    expect(toAnswerInput('g-1', 'AFTER', questions, values)).toEqual({
      gatheringId: 'g-1',
      stage: 'AFTER',
      comment: 'Good day',
      networking: 4,
      knowledge: null,
      confidence: null,
      trust: 1,
      support: null,
      newPeopleMet: 3,
      answers: [{ questionId: 'q-text', text: 'Transport' }],
    });
  });

  it('asks a before form the five scales and the free text only', () => {
    const values = initialValues(null);
    values.scales.SUPPORT = '5';
    values.newPeopleMet = '2';
    values.own['q-scale'] = '3';
    const input = toAnswerInput('g-1', 'BEFORE', questions, values);
    expect(input).toMatchObject({ stage: 'BEFORE', support: 5 });
    expect(input).not.toHaveProperty('newPeopleMet');
    expect(input).not.toHaveProperty('answers');
  });

  it('fills the form with the person’s earlier answer, so changing it keeps what they do not touch', () => {
    const values = initialValues({
      networking: 2,
      knowledge: null,
      confidence: 5,
      trust: null,
      support: null,
      newPeopleMet: 0,
      comment: 'Hi',
      updatedAt: '2027-01-01T00:00:00Z',
      answers: [
        { questionId: 'q-scale', scale: 3, text: null },
        { questionId: 'q-text', scale: null, text: 'Buses' },
      ],
    });
    expect(values).toEqual({
      scales: { NETWORKING: '2', KNOWLEDGE: '', CONFIDENCE: '5', TRUST: '', SUPPORT: '' },
      newPeopleMet: '0',
      comment: 'Hi',
      own: { 'q-scale': '3', 'q-text': 'Buses' },
    });
    expect(toAnswerInput('g', 'AFTER', questions, values)).toMatchObject({
      networking: 2,
      newPeopleMet: 0,
      answers: [
        { questionId: 'q-scale', scale: 3 },
        { questionId: 'q-text', text: 'Buses' },
      ],
    });
  });
});
