import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The secret that signs unsubscribe links (one row, made at random by its migration; shared by every API process). */
@Entity({ name: 'notification_keys' })
export class NotificationKeyEntity {
  @PrimaryColumn({ type: 'smallint' })
  id: number;

  @Column({ type: 'text' })
  secret: string;
}
