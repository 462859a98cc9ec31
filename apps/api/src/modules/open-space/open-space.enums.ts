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

/** Why a suggested schedule leaves a session off the wall. */
export enum UnplacedReason {
  NO_SUITABLE_SPACE = 'no_suitable_space',
  NO_FREE_CELL = 'no_free_cell',
}

registerEnumType(UnplacedReason, {
  name: 'UnplacedReason',
  description: 'no_suitable_space: no space has every tag it needs; no_free_cell: every suitable cell is taken, or its host is busy.',
});
