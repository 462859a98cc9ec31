import { expressionBuilder, sql, type ExpressionWrapper, type RawBuilder, type SqlBool } from 'kysely';
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

/** Who a registration (a place, asked for or held) is for (its id, or a column of the outer query) — a scalar subquery of the person's id. */
export function registrantOf(registration: IdOrRef) {
  return eb.selectFrom('registrations as registered').select('registered.personId').where('registered.id', '=', registration).$asScalar();
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

/** Gatherings as other modules name them (id, slug, title, status, startsAt, followUpOfId): a derived table to join. Who may see one is the caller's rule. */
export function gatheringHeadlines() {
  return eb
    .selectFrom('gatherings as headline')
    .select(['headline.id', 'headline.slug', 'headline.title', 'headline.status', 'headline.startsAt', 'headline.followUpOfId']);
}

/**
 * The networks `person` came for at `gathering` (their registration with a place), as a scalar subquery:
 * null when they have no place there. For a select list.
 */
export function placeNetworksOf(gathering: IdOrRef, person: IdOrRef) {
  return eb
    .selectFrom('registrations as came')
    .select('came.representingNetworkIds')
    .where('came.gatheringId', '=', gathering)
    .where('came.personId', '=', person)
    .where('came.status', 'in', [...WITH_A_PLACE]);
}

/**
 * Places held (registered or attended) at gatherings that are not drafts, with the gathering's slug and
 * title: a derived table (gatheringId, personId, slug, title, startsAt) to join, e.g. twice for the
 * gatherings two people shared.
 */
export function placesHeld() {
  return eb
    .selectFrom('registrations as held')
    .innerJoin('gatherings as heldAt', 'heldAt.id', 'held.gatheringId')
    .select(['held.gatheringId', 'held.personId', 'heldAt.slug', 'heldAt.title', 'heldAt.startsAt'])
    .where('held.status', 'in', [...WITH_A_PLACE])
    .where('heldAt.status', '<>', GatheringStatus.DRAFT);
}

/** When a gathering starts — a scalar subquery for a select list. */
export function gatheringStartOf(gathering: IdOrRef) {
  return eb.selectFrom('gatherings as startOf').select('startOf.startsAt').where('startOf.id', '=', gathering);
}

/**
 * "`person` has a place at `gathering`" (registered, or marked attended) — a participant, not only a
 * convener. TODO(check-ins): when the gathering records check-ins, "came" may replace "had a place".
 */
export function hasAPlace(gathering: IdOrRef, person: IdOrRef): ExpressionWrapper<DB, never, SqlBool> {
  return eb.exists(
    eb
      .selectFrom('registrations as placed')
      .select(eb.lit(1).as('held'))
      .where('placed.gatheringId', '=', gathering)
      .where('placed.personId', '=', person)
      .where('placed.status', 'in', [...WITH_A_PLACE]),
  );
}

/** The people with a place at `gathering` (registered or attended; not conveners as such), as a subquery of `personId`. */
export function peopleWithAPlace(gathering: IdOrRef) {
  return eb
    .selectFrom('registrations as placedPeople')
    .select('placedPeople.personId')
    .where('placedPeople.gatheringId', '=', gathering)
    .where('placedPeople.status', 'in', [...WITH_A_PLACE]);
}

/**
 * The first gathering of `gatheringId`'s workshop series: following its follow-up links back to the
 * one that follows up nothing (itself when it follows up nothing) — a scalar subquery.
 */
export function seriesStartOf(gatheringId: string): RawBuilder<string> {
  return sql<string>`(
    WITH RECURSIVE chain AS (
      SELECT g.id, g.follow_up_of_id, 0 AS depth FROM gatherings g WHERE g.id = ${gatheringId}
      UNION ALL
      SELECT g.id, g.follow_up_of_id, chain.depth + 1 FROM gatherings g JOIN chain ON g.id = chain.follow_up_of_id WHERE chain.depth < 100
    )
    SELECT chain.id FROM chain ORDER BY chain.depth DESC LIMIT 1
  )`;
}

/**
 * `gatheringId` and every gathering that follows it up, directly or through others (its part of a
 * workshop series from there on) — a subquery of `id` for `IN`.
 */
export function followUpsFrom(gatheringId: string): RawBuilder<{ id: string }> {
  return sql<{ id: string }>`
    WITH RECURSIVE onward AS (
      SELECT g.id FROM gatherings g WHERE g.id = ${gatheringId}
      UNION
      SELECT g.id FROM gatherings g JOIN onward ON g.follow_up_of_id = onward.id
    )
    SELECT id FROM onward`;
}

/** The networks convening each gathering (gatheringId, networkId), accepted co-conveners only: a derived table to join. */
export function convenerNetworks() {
  return eb
    .selectFrom('gatheringConveners as convenedBy')
    .select(['convenedBy.gatheringId', 'convenedBy.networkId'])
    .where('convenedBy.accepted', '=', true);
}

/** Invitations issued for gatherings (id, gatheringId, networkId, parentId, issuedById), as a derived table: the cascade. */
export function invitationCascade() {
  return eb
    .selectFrom('gatheringInvitations as cascade')
    .select(['cascade.id', 'cascade.gatheringId', 'cascade.networkId', 'cascade.parentId', 'cascade.issuedById']);
}

/** Places taken through an invitation (gatheringId, personId, invitationId, representingNetworkIds), as a derived table. */
export function placesThroughInvitations() {
  return eb
    .selectFrom('registrations as invited')
    .select(['invited.gatheringId', 'invited.personId', 'invited.invitationId', 'invited.representingNetworkIds'])
    .where('invited.invitationId', 'is not', null)
    .where('invited.status', 'in', [...WITH_A_PLACE]);
}

/** The networks people with a place came for (gatheringId, networkId), as a derived table. */
export function networksCameFor() {
  return eb
    .selectFrom('registrations as cameFor')
    .select(['cameFor.gatheringId', sql<string>`unnest(${sql.ref('cameFor.representingNetworkIds')})`.as('networkId')])
    .where('cameFor.status', 'in', [...WITH_A_PLACE]);
}
