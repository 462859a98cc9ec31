// Events the gatherings module announces through the job queue (`JobsService.publish`), for modules
// that react to a gathering without gatherings depending on them: subscribe with `JobsService.subscribe`.

/** A gathering was closed (published or live → closed). Announced in the closing transaction. */
export const GATHERING_CLOSED = 'gathering-closed';

export interface GatheringClosedEvent {
  gatheringId: string;
  /** When it closed (ISO 8601). */
  closedAt: string;
  /** The convener who closed it. */
  closedById: string;
}
