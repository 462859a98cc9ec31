import { expressionBuilder } from 'kysely';
import type { DB } from '../../database/db.generated.js';

// SQL fragments other modules (the impact view) may build into their queries: the feedback
// module's public face onto feedback_responses. Who answered is there only to pair a person's
// before and after; callers must never show it.

const eb = expressionBuilder<DB>();

/** Every answer's five scales (gatheringId, personId, stage, networking, knowledge, confidence, trust, support), as a derived table. */
export function scaleAnswers() {
  return eb
    .selectFrom('feedbackResponses as answer')
    .select([
      'answer.gatheringId',
      'answer.personId',
      'answer.stage',
      'answer.networking',
      'answer.knowledge',
      'answer.confidence',
      'answer.trust',
      'answer.support',
    ]);
}
