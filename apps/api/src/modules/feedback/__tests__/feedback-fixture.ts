import { GatheringStatus } from '../../gatherings/gathering.enums.js';
import type { TestApp, TestGathering, TestPerson } from '../../../test/test-app.js';

export const FORM = `query($id: UUID!, $stage: FeedbackStage) { feedbackForm(gatheringId: $id, stage: $stage) {
  gatheringId gatheringSlug stage open closesAt asksBefore viewerMayAnswer viewerIsConvener questionsLocked
  questions { id kind prompt }
  myAnswer { networking knowledge confidence trust support newPeopleMet comment answers { questionId scale text } }
} }`;

export const ANSWER = `mutation($input: AnswerFeedbackInput!) { answerFeedback(input: $input) {
  open myAnswer { networking knowledge confidence trust support newPeopleMet comment answers { questionId scale text } }
} }`;

export const RESULTS = `query($id: UUID!, $stage: FeedbackStage) { feedbackResults(gatheringId: $id, stage: $stage) {
  stage fewestShown enoughAnswers participants answered responseRate
  scales { scale questionId prompt shown answered mean counts }
  newPeopleAnswered newPeopleTotal newPeopleMean
  texts { questionId prompt texts }
  series { startGatheringId startGatheringTitle beforeAnswered paired scales { scale before after change } }
} }`;

export const ADD_QUESTION =
  'mutation($input: AddFeedbackQuestionInput!) { addFeedbackQuestion(input: $input) { questionsLocked questions { id kind prompt } } }';
export const CHANGE_QUESTION =
  'mutation($input: ChangeFeedbackQuestionInput!) { changeFeedbackQuestion(input: $input) { questions { id kind prompt } } }';
export const REMOVE_QUESTION = 'mutation($id: UUID!) { removeFeedbackQuestion(questionId: $id) { questions { id } } }';
export const SET_BEFORE = 'mutation($input: SetFeedbackBeforeInput!) { setFeedbackBefore(input: $input) { asksBefore open stage } }';
export const SET_STATUS = 'mutation($input: SetGatheringStatusInput!) { setGatheringStatus(input: $input) { status } }';

export interface FormData {
  feedbackForm: {
    gatheringId: string;
    stage: string;
    open: boolean;
    closesAt: string | null;
    asksBefore: boolean;
    viewerMayAnswer: boolean;
    viewerIsConvener: boolean;
    questionsLocked: boolean;
    questions: { id: string; kind: string; prompt: string }[];
    myAnswer: Record<string, unknown> | null;
  };
}

export interface ResultsData {
  feedbackResults: {
    enoughAnswers: boolean;
    participants: number;
    answered: number | null;
    responseRate: number | null;
    scales: {
      scale: string | null;
      questionId: string | null;
      prompt: string | null;
      shown: boolean;
      answered: number | null;
      mean: number | null;
      counts: number[] | null;
    }[];
    newPeopleAnswered: number | null;
    newPeopleTotal: number | null;
    newPeopleMean: number | null;
    texts: { questionId: string | null; prompt: string | null; texts: string[] }[];
    series: {
      startGatheringId: string;
      beforeAnswered: number | null;
      paired: number | null;
      scales: { scale: string; before: number | null; after: number | null; change: number | null }[];
    } | null;
  };
}

export interface Gathered {
  connor: TestPerson;
  gathering: TestGathering;
  people: TestPerson[];
  outsider: TestPerson;
}

/** A gathering convened by Connor (who has no place) with `count` participants and an outsider; published unless said. */
export async function gathered(
  t: TestApp,
  count: number,
  status = GatheringStatus.PUBLISHED,
  options: { startsAt?: Date } = {},
): Promise<Gathered> {
  const connor = await t.newPerson({ displayName: 'Connor Convener' });
  const outsider = await t.newPerson({ displayName: 'Olly Outsider' });
  const gathering = await t.build.gathering(connor, { status, title: 'Valleys Workshop', startsAt: options.startsAt });
  const people: TestPerson[] = [];
  for (let i = 0; i < count; i++) {
    const person = await t.newPerson({ displayName: `Participant ${i + 1}` });
    await t.build.registration(person, gathering);
    people.push(person);
  }
  return { connor, gathering, people, outsider };
}

export async function close(t: TestApp, g: Gathered): Promise<void> {
  await g.connor.client.data(SET_STATUS, { input: { gatheringId: g.gathering.id, status: 'CLOSED' } });
  await t.drainJobs();
}

export const answer = (who: TestPerson, gatheringId: string, values: Record<string, unknown> = {}, stage = 'AFTER') =>
  who.client.request<{ answerFeedback: { open: boolean; myAnswer: Record<string, unknown> | null } }>(ANSWER, {
    input: { gatheringId, stage, ...values },
  });
