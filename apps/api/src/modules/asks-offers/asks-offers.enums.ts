import { registerEnumType } from '@nestjs/graphql';
import { NetworkRole } from '../networks/network.enums.js';

/** Who may post, edit and close for a network: its facilitators and conveners. */
export const NETWORK_POSTERS = [NetworkRole.FACILITATOR, NetworkRole.CONVENER] as const;

/** Whether a post asks for something or offers it. */
export enum AskOfferSide {
  ASK = 'ask',
  OFFER = 'offer',
}

/** What is asked for or offered. */
export enum AskOfferKind {
  SKILLS = 'skills',
  SPACE = 'space',
  EQUIPMENT = 'equipment',
  TIME = 'time',
  OTHER = 'other',
}

/**
 * Where a post stands. Stored: open, met, withdrawn. EXPIRED is never stored: an open post whose
 * end date has passed reads as expired (so it expires on the day, with no job to forget it).
 */
export enum AskOfferStatus {
  OPEN = 'open',
  MET = 'met',
  WITHDRAWN = 'withdrawn',
  EXPIRED = 'expired',
}

/** How its poster closes a post. */
export enum AskOfferOutcome {
  MET = 'met',
  WITHDRAWN = 'withdrawn',
}

registerEnumType(AskOfferSide, { name: 'AskOfferSide', description: 'An ask (something needed) or an offer (something to give).' });
registerEnumType(AskOfferKind, {
  name: 'AskOfferKind',
  description: 'What is asked for or offered: skills, space, equipment, time, or other.',
});
registerEnumType(AskOfferStatus, {
  name: 'AskOfferStatus',
  description: 'Open; met; withdrawn; or expired (open, but its end date has passed). Closed ones stay in the history.',
});
registerEnumType(AskOfferOutcome, { name: 'AskOfferOutcome', description: 'How a post is closed: met, or withdrawn.' });
