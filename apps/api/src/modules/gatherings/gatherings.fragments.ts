import { expressionBuilder, type ExpressionWrapper, type SqlBool } from 'kysely';
import type { DB } from '../../database/db.generated.js';
import type { IdOrRef } from '../../database/database.js';
import { holdsRole, roleAssignmentsIn } from '../roles/roles.fragments.js';
import { GatheringFormat, GatheringRole, GatheringStatus, RegistrationStatus } from './gathering.enums.js';

// SQL fragments other modules build into their own queries: the gatherings
// module's public face onto gatherings and registrations.

const eb = expressionBuilder<DB>();

/** The statuses of a registration that hold a place (ATTENDED is never stored: it is a place with a check-in). */
export const WITH_A_PLACE = [RegistrationStatus.REGISTERED] as const;

/** "`person` takes part in `gathering`": has a place (whether or not they checked in), or convenes it. */
export function takesPart(gathering: IdOrRef, person: IdOrRef): ExpressionWrapper<DB, never, SqlBool> {
  return eb.or([
    eb.exists(
      eb
        .selectFrom('registrations as place')
        .select(eb.lit(1).as('held'))
        .where('place.gatheringId', '=', gathering)
        .where('place.personId', '=', person)
        .where('place.status', 'in', [...WITH_A_PLACE]),
    ),
    holdsRole('gathering', gathering, person, [GatheringRole.CONVENER]),
  ]);
}

/** A gathering's status (an id, or a column of the outer query) — a scalar subquery for a select list. */
export function gatheringStatusOf(gathering: IdOrRef) {
  return eb
    .selectFrom('gatherings as statusOf')
    .select('statusOf.status')
    .where('statusOf.id', '=', gathering)
    .$narrowType<{ status: GatheringStatus }>();
}

/** A gathering's title (an id, or a column of the outer query) — a scalar subquery for a select list. */
export function gatheringTitleOf(gathering: IdOrRef) {
  return eb.selectFrom('gatherings as titleOf').select('titleOf.title').where('titleOf.id', '=', gathering);
}

/** A gathering's slug (its address in the web app) — a scalar subquery for a select list. */
export function gatheringSlugOf(gathering: IdOrRef) {
  return eb.selectFrom('gatherings as slugOf').select('slugOf.slug').where('slugOf.id', '=', gathering);
}

/** The people who take part in `gathering` (a place, or convening), as a subquery of `personId` for `IN` or a recipient list. */
export function peopleTakingPart(gathering: IdOrRef) {
  return eb
    .selectFrom('registrations as taking')
    .select('taking.personId')
    .where('taking.gatheringId', '=', gathering)
    .where('taking.status', 'in', [...WITH_A_PLACE])
    .union(
      eb
        .selectFrom(roleAssignmentsIn('gathering', { current: true }).as('convening'))
        .select('convening.personId')
        .where('convening.scopeId', '=', gathering)
        .where('convening.role', '=', GatheringRole.CONVENER),
    );
}

/** A gathering's format (in person, online, hybrid) — a scalar subquery for a select list. */
export function gatheringFormatOf(gathering: IdOrRef) {
  return eb
    .selectFrom('gatherings as formatOf')
    .select('formatOf.format')
    .where('formatOf.id', '=', gathering)
    .$narrowType<{ format: GatheringFormat }>();
}

/** Gatherings as other modules name them (id, slug, title, status): a derived table to join. Who may see one is the caller's rule. */
export function gatheringHeadlines() {
  return eb.selectFrom('gatherings as headline').select(['headline.id', 'headline.slug', 'headline.title', 'headline.status']);
}
