import { registerEnumType } from '@nestjs/graphql';

/** A harvest is written as a draft (conveners only) and published for its readers; it can go back to draft to be changed. */
export enum HarvestStatus {
  DRAFT = 'draft',
  PUBLISHED = 'published',
}

/** Who may read a published harvest (its conveners always may). */
export enum HarvestVisibility {
  /** People with a place at the gathering (and its conveners). */
  PARTICIPANTS = 'participants',
  /** Everyone who can see the gathering. */
  EVERYONE = 'everyone',
}

registerEnumType(HarvestStatus, { name: 'HarvestStatus', description: 'Draft (conveners only) or published.' });
registerEnumType(HarvestVisibility, {
  name: 'HarvestVisibility',
  description: 'Who may read a published harvest.',
  valuesMap: {
    PARTICIPANTS: { description: 'People with a place at the gathering, and its conveners.' },
    EVERYONE: { description: 'Everyone who can see the gathering.' },
  },
});
