import { GatheringStatus } from '../gatherings/gathering.enums.js';
import type { Gathering } from '../gatherings/gatherings.service.js';
import { FeedbackError } from './feedback.errors.js';
import { FeedbackStage } from './feedback.enums.js';
import type { FeedbackFormRow } from './feedback.repository.js';

/** Whether a form takes answers now, until when, and if not, why not. */
export interface FeedbackWindow {
  open: boolean;
  closesAt: Date | null;
  refusal: FeedbackError | null;
}

/**
 * Before: while the gathering is published and has not started, if its conveners ask. After: from when
 * it closes for AFTER_FORM_DAYS (a form not yet touched since closing is open; its window starts then).
 * Answers can be changed as long as the form is open.
 */
export function feedbackWindow(
  gathering: Pick<Gathering, 'status' | 'startsAt'>,
  form: FeedbackFormRow | null,
  stage: FeedbackStage,
  now = new Date(),
): FeedbackWindow {
  const shut = (refusal: FeedbackError, closesAt: Date | null = null) => ({ open: false, closesAt, refusal });
  if (stage === FeedbackStage.BEFORE) {
    if (!form?.asksBefore) return shut(FeedbackError.BeforeNotAsked);
    const open = gathering.status === GatheringStatus.PUBLISHED && now < gathering.startsAt;
    return open ? { open, closesAt: gathering.startsAt, refusal: null } : shut(FeedbackError.Closed, gathering.startsAt);
  }
  if (gathering.status !== GatheringStatus.CLOSED) return shut(FeedbackError.NotOpenYet);
  const closesAt = form?.afterClosesAt ?? null;
  return closesAt && closesAt <= now ? shut(FeedbackError.Closed, closesAt) : { open: true, closesAt, refusal: null };
}
