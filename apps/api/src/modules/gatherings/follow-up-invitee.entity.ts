import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../accounts/person.entity.js';
import { GatheringEntity } from './gathering.entity.js';

/**
 * The people a follow-up carrying one breakout on will invite when it is
 * announced (the people who took part in that breakout). A follow-up with
 * none invites everyone who took part in the gathering it follows.
 */
@Entity({ name: 'follow_up_invitees' })
export class FollowUpInviteeEntity {
  @PrimaryColumn({ name: 'gathering_id', type: 'uuid' })
  gatheringId: string;

  @ManyToOne(() => GatheringEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gathering_id' })
  gathering?: GatheringEntity;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
}
