import { registerEnumType } from '@nestjs/graphql';

/** What a conversation is attached to, which says who may read and post in it. */
export enum ConversationKind {
  /** The people taking part in a gathering (registered, attended, or convening it). */
  GATHERING = 'gathering',
  /** A breakout carried on: the people taking part in the session's gathering. */
  SESSION = 'session',
  /** The people of a network or coalition: roles in it, or in the networks that belong to it. */
  NETWORK = 'network',
  /** Anyone signed in. */
  OPEN = 'open',
  /**
   * An ask and an offer introduced to each other: only the people of the two sides, added as
   * participants when it is opened. No invitation link can be made for it.
   */
  INTRODUCTION = 'introduction',
}

/** The few reactions a post can have; each person gives each at most once. */
export enum Reaction {
  THANKS = 'thanks',
  AGREE = 'agree',
  IDEA = 'idea',
  HEART = 'heart',
}

registerEnumType(ConversationKind, {
  name: 'ConversationKind',
  description: 'What a conversation is attached to: who may read and post in it follows from it.',
});
registerEnumType(Reaction, { name: 'Reaction', description: 'One of the few reactions a post can have.' });
