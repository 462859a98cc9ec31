import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What each person is told about (the notifications module's table). */
export class Notifications1796300000000 implements MigrationInterface {
  name = 'Notifications1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "notifications" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "recipient_id" uuid NOT NULL,
        "kind" character varying(40) NOT NULL,
        "actor_id" uuid,
        "subject_type" character varying(20) NOT NULL,
        "subject_id" uuid NOT NULL,
        "event_key" text NOT NULL,
        "data" jsonb NOT NULL DEFAULT '{}',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "read_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "notifications_once_per_event" UNIQUE ("recipient_id", "event_key"),
        CONSTRAINT "PK_notifications" PRIMARY KEY ("id"),
        CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d" FOREIGN KEY ("recipient_id") REFERENCES "people"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_20f8b51fd9655c0b69feed5efc6" FOREIGN KEY ("actor_id") REFERENCES "people"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX "notifications_inbox_idx" ON "notifications" ("recipient_id", "created_at", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
