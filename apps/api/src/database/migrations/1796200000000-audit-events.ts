import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit trail of consequential acts (the audit module's table). */
export class AuditEvents1796200000000 implements MigrationInterface {
  name = 'AuditEvents1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "audit_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "actor_id" uuid,
        "action" character varying(40) NOT NULL,
        "subject_type" character varying(20) NOT NULL,
        "subject_id" uuid NOT NULL,
        "detail" jsonb NOT NULL DEFAULT '{}',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_audit_events" PRIMARY KEY ("id"),
        CONSTRAINT "FK_04c7c044146c6632491a370fc04" FOREIGN KEY ("actor_id") REFERENCES "people"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX "audit_events_newest_idx" ON "audit_events" ("created_at", "id")`);
    await queryRunner.query(`CREATE INDEX "audit_events_action_idx" ON "audit_events" ("action", "created_at")`);
    await queryRunner.query(`CREATE INDEX "audit_events_subject_idx" ON "audit_events" ("subject_type", "subject_id", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}
