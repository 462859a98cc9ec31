import { registerEnumType } from '@nestjs/graphql';

/** What a breakout space offers, and what a session needs from one. */
export enum SpaceTag {
  STEP_FREE = 'step_free',
  QUIET = 'quiet',
  CAPTIONED = 'captioned',
  ONLINE = 'online',
}

registerEnumType(SpaceTag, {
  name: 'SpaceTag',
  description: 'What a space offers (and a session needs): step-free, quiet, captioned, online.',
});
