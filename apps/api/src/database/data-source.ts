import { DataSource, type DataSourceOptions } from 'typeorm';
import { PersonEntity } from '../modules/accounts/person.entity.js';
import { EmailTokenEntity } from '../modules/accounts/email-token.entity.js';
import { SessionEntity } from '../modules/accounts/session.entity.js';
import { SignInLinkEntity } from '../modules/accounts/sign-in-link.entity.js';
import { NetworkMembershipEntity } from '../modules/networks/ties/network-membership.entity.js';
import { NetworkEntity } from '../modules/networks/directory/network.entity.js';
import { GatheringConvenerEntity } from '../modules/gatherings/gathering-convener.entity.js';
import { GatheringEntity } from '../modules/gatherings/gathering.entity.js';
import { DelegatePlacesEntity } from '../modules/gatherings/delegate-places.entity.js';
import { GatheringInvitationEntity } from '../modules/gatherings/gathering-invitation.entity.js';
import { RegistrationEntity } from '../modules/gatherings/registration.entity.js';
import { NetworkClaimEntity } from '../modules/networks/claims/network-claim.entity.js';
import { NetworkLifecycleEventEntity } from '../modules/networks/directory/network-lifecycle-event.entity.js';
import { NetworkRoleInvitationEntity } from '../modules/networks/network-roles/network-role-invitation.entity.js';
import { RoleAssignmentEntity } from '../modules/roles/role-assignment.entity.js';
import { ActionEntity } from '../modules/open-space/action.entity.js';
import { AgendaSessionEntity } from '../modules/open-space/agenda-session.entity.js';
import { NoteEntity } from '../modules/open-space/note.entity.js';
import { PresenceEntity } from '../modules/open-space/presence.entity.js';
import { SessionInterestEntity } from '../modules/open-space/session-interest.entity.js';
import { SpaceEntity } from '../modules/open-space/space.entity.js';
import { TimeSlotEntity } from '../modules/open-space/time-slot.entity.js';
import { AuditEventEntity } from '../modules/audit/audit-event.entity.js';
import { SessionAttendanceEntity } from '../modules/open-space/session-attendance.entity.js';
import { FollowUpInviteeEntity } from '../modules/gatherings/follow-up-invitee.entity.js';
import { ConnectionEntity } from '../modules/relationships/connection.entity.js';
import { NotificationEntity } from '../modules/notifications/notification.entity.js';
import { NotificationKeyEntity } from '../modules/notifications/notification-key.entity.js';
import { NotificationPreferenceEntity } from '../modules/notifications/notification-preference.entity.js';
import { HarvestEntity } from '../modules/harvest/harvest.entity.js';
import { ConversationEntity } from '../modules/conversations/conversation.entity.js';
import { ConversationInvitationEntity } from '../modules/conversations/conversation-invitation.entity.js';
import { ConversationParticipantEntity } from '../modules/conversations/conversation-participant.entity.js';
import { PostEditEntity } from '../modules/conversations/post-edit.entity.js';
import { PostMentionEntity } from '../modules/conversations/post-mention.entity.js';
import { PostReactionEntity } from '../modules/conversations/post-reaction.entity.js';
import { PostEntity } from '../modules/conversations/post.entity.js';
import { FeedbackFormEntity } from '../modules/feedback/feedback-form.entity.js';
import { FeedbackQuestionEntity } from '../modules/feedback/feedback-question.entity.js';
import { FeedbackResponseEntity } from '../modules/feedback/feedback-response.entity.js';
import { AskOfferEntity } from '../modules/asks-offers/ask-offer.entity.js';
import { AskOfferIntroductionEntity } from '../modules/asks-offers/ask-offer-introduction.entity.js';
import { CheckInCodeEntity } from '../modules/gatherings/check-in-code.entity.js';
import { CheckInEntity } from '../modules/gatherings/check-in.entity.js';
import { ImpactPublicationEntity } from '../modules/impact/impact-publication.entity.js';
import { migrations } from './migrations/index.js';

export const entities = [
  PersonEntity,
  SessionEntity,
  RoleAssignmentEntity,
  NetworkEntity,
  NetworkMembershipEntity,
  NetworkRoleInvitationEntity,
  NetworkLifecycleEventEntity,
  NetworkClaimEntity,
  GatheringEntity,
  GatheringConvenerEntity,
  RegistrationEntity,
  GatheringInvitationEntity,
  SignInLinkEntity,
  EmailTokenEntity,
  DelegatePlacesEntity,
  SpaceEntity,
  TimeSlotEntity,
  AgendaSessionEntity,
  SessionInterestEntity,
  PresenceEntity,
  NoteEntity,
  ActionEntity,
  AuditEventEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  NotificationKeyEntity,
  SessionAttendanceEntity,
  FollowUpInviteeEntity,
  ConnectionEntity,
  CheckInEntity,
  CheckInCodeEntity,
  HarvestEntity,
  ConversationEntity,
  PostEntity,
  PostEditEntity,
  PostMentionEntity,
  PostReactionEntity,
  ConversationParticipantEntity,
  ConversationInvitationEntity,
  FeedbackFormEntity,
  FeedbackQuestionEntity,
  FeedbackResponseEntity,
  AskOfferEntity,
  AskOfferIntroductionEntity,
  ImpactPublicationEntity,
];

export function dataSourceOptions(url: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    // Extensions are created by migrations, so the app needs no superuser at run time.
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    migrationsTransactionMode: 'all',
    extra: { max: 20, application_name: 'weave-api' },
    ...overrides,
  } as DataSourceOptions;
}

// Any constant will do; it only has to be the same in every API process.
const MIGRATION_LOCK = 7_360_221;

/** Runs pending migrations; several processes starting at once take turns. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

export async function openDataSource(url: string, overrides: Partial<DataSourceOptions> = {}): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url, overrides));
  await dataSource.initialize();
  return dataSource;
}
