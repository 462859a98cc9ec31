import { expressionBuilder, sql, type ExpressionWrapper, type SqlBool } from 'kysely';
import type { IdOrRef } from '../../database/database.js';
import type { DB } from '../../database/db.generated.js';
import { personProfiles } from '../accounts/accounts.fragments.js';
import { GatheringRole } from '../gatherings/gathering.enums.js';
import { takesPart } from '../gatherings/gatherings.fragments.js';
import { NetworkRole } from '../networks/network.enums.js';
import { activeTies } from '../networks/networks.fragments.js';
import { holdsRole } from '../roles/roles.fragments.js';
import { ConversationKind } from './conversation.enums.js';

// The one place that says who may read, post in and moderate a conversation,
// as SQL over a conversations row (`alias`): used for the viewer, and for
// everyone a post would tell (a mention of someone who may not read the
// conversation tells nobody).

const eb = expressionBuilder<DB>();

/** Who leads a network's conversations: its facilitators and conveners. */
export const NETWORK_MODERATORS = [NetworkRole.FACILITATOR, NetworkRole.CONVENER] as const;

const column = (alias: string, name: string) => sql.ref<string>(`${alias}.${name}`);

/**
 * "`person` may read and post in the conversation whose row is `alias`":
 * - open: anyone signed in;
 * - a gathering's or a session's: whoever takes part in the gathering (a place, or convening it);
 * - a network's: whoever holds a current role in it or in a network that belongs to it
 *   (so a members-only network's conversation stays with its own people);
 * - and the participants let in by name: anyone an invitation link let in, and the people of
 *   both sides of an introduction (added when it is opened). An introduction has no other
 *   reader: it is attached to nothing (its row's check), is not open, and no link can be made
 *   for it (ConversationsService.invite refuses), so these rows are its whole readership.
 */
export function mayReadConversation(alias: string, person: IdOrRef): ExpressionWrapper<DB, never, SqlBool> {
  const gatheringId = column(alias, 'gatheringId');
  const networkId = column(alias, 'networkId');
  return eb.or([
    eb(column(alias, 'kind'), '=', ConversationKind.OPEN),
    eb.and([eb(gatheringId, 'is not', null), takesPart(gatheringId, person)]),
    eb.and([
      eb(networkId, 'is not', null),
      eb.or([
        holdsRole('network', networkId, person),
        eb.exists(
          eb
            .selectFrom(activeTies().as('memberTie'))
            .select(eb.lit(1).as('held'))
            .where('memberTie.parentId', '=', networkId)
            .where(holdsRole('network', sql.ref<string>('memberTie.memberId'), person)),
        ),
      ]),
    ]),
    eb.exists(
      eb
        .selectFrom('conversationParticipants as admitted')
        .select(eb.lit(1).as('held'))
        .where('admitted.conversationId', '=', column(alias, 'id'))
        .where('admitted.personId', '=', person)
        .where('admitted.invitedAt', 'is not', null),
    ),
  ]);
}

/**
 * "`person` moderates the conversation whose row is `alias`": the conveners of its gathering,
 * the facilitators and conveners of its network, platform admins for open ones. Nobody else.
 */
export function mayModerateConversation(alias: string, person: IdOrRef): ExpressionWrapper<DB, never, SqlBool> {
  const gatheringId = column(alias, 'gatheringId');
  const networkId = column(alias, 'networkId');
  return eb.or([
    eb.and([eb(gatheringId, 'is not', null), holdsRole('gathering', gatheringId, person, [GatheringRole.CONVENER])]),
    eb.and([eb(networkId, 'is not', null), holdsRole('network', networkId, person, NETWORK_MODERATORS)]),
    eb.and([
      eb(column(alias, 'kind'), '=', ConversationKind.OPEN),
      eb.exists(
        eb
          .selectFrom(personProfiles().as('admin'))
          .select(eb.lit(1).as('held'))
          .where('admin.id', '=', person)
          .where('admin.isPlatformAdmin', '=', true),
      ),
    ]),
  ]);
}

/**
 * The conversations `viewer` may read and has posted in, with each other person who posted there too:
 * a query of (otherId, conversationId, title), for "the conversations you share". Deleted posts do not count.
 */
export function conversationsSharedWith(viewer: string) {
  return eb
    .selectFrom('posts as mine')
    .innerJoin('posts as theirs', 'theirs.conversationId', 'mine.conversationId')
    .innerJoin('conversations as shared', 'shared.id', 'mine.conversationId')
    .select([sql<string>`${sql.ref('theirs.authorId')}`.as('otherId'), 'shared.id as conversationId', 'shared.title'])
    .distinct()
    .where('mine.authorId', '=', viewer)
    .where('mine.deletedAt', 'is', null)
    .where('theirs.deletedAt', 'is', null)
    .where('theirs.authorId', '<>', viewer)
    .where(mayReadConversation('shared', viewer));
}
