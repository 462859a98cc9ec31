import type { INestApplication } from '@nestjs/common';
import type { Viewer } from '../common/access/request-context.js';
import { PeopleService } from '../modules/accounts/people.service.js';
import { GatheringsService } from '../modules/gatherings/gatherings.service.js';
import { FeedbackQuestionKind, FeedbackStage } from '../modules/feedback/feedback.enums.js';
import { FeedbackService } from '../modules/feedback/feedback.service.js';

/** Networking, knowledge, confidence, trust, support; new people met; free text; "what next". */
const ANSWERS: [number, number, number, number, number, number, string, string][] = [
  [5, 4, 4, 4, 5, 6, 'I met two groups doing food work I had never heard of.', 'Transport in the upper valley'],
  [4, 4, 3, 4, 4, 3, 'The kitchen room was too small for our breakout.', 'Pantries'],
  [4, 3, 4, 3, 4, 4, '', 'Convener hand-overs, again'],
  [5, 5, 4, 5, 4, 8, 'Best day of the year for our network. Thank you.', ''],
  [3, 4, 3, 3, 3, 2, 'More time in the rooms, please.', 'Funding that lasts'],
  [4, 3, 5, 4, 4, 5, '', 'Young people in the valley'],
];

/**
 * Feedback on the demo's closed past day (the Cynon Valley Open Space): a question of the convener's
 * own and six participants' answers, enough for the results page to show figures.
 */
export async function loadDemoFeedback(app: INestApplication, people: { connor: string; priya: string }): Promise<{ answers: number }> {
  const as = (personId: string): Viewer => ({ personId, sessionId: 'demo-seed', isPlatformAdmin: false });
  const feedback = app.get(FeedbackService);
  const connor = as(people.connor);
  const past = await app.get(GatheringsService).findVisible({ slug: 'cynon-valley-open-space' }, connor);
  const form = await feedback.addQuestion(
    { gatheringId: past.id, kind: FeedbackQuestionKind.TEXT, prompt: 'What should the next open space be about?' },
    connor,
  );
  const next = form.questions[0];
  const crowd = await app.get(PeopleService).withProvedEmails(Array.from({ length: 5 }, (_, i) => `participant${i + 9}@demo.weave.test`));
  const answering = [people.priya, ...crowd.map((p) => p.id)];
  for (const [i, personId] of answering.entries()) {
    const [networking, knowledge, confidence, trust, support, newPeopleMet, comment, nextTopic] = ANSWERS[i];
    await feedback.answer(
      {
        gatheringId: past.id,
        stage: FeedbackStage.AFTER,
        networking,
        knowledge,
        confidence,
        trust,
        support,
        newPeopleMet,
        comment,
        answers: nextTopic ? [{ questionId: next.id, text: nextTopic }] : [],
      },
      as(personId),
    );
  }
  return { answers: answering.length };
}
