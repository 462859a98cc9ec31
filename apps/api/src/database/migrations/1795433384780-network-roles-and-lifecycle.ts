import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NetworkRolesAndLifecycle1795433384780 implements MigrationInterface {
  name = 'NetworkRolesAndLifecycle1795433384780';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "network_lifecycle_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "stage" character varying(16) NOT NULL, "note" text, "changed_by_id" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4d360d8ddb92493f69f646cc56c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "network_lifecycle_events_network_idx" ON "network_lifecycle_events"  ("network_id", "changed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "network_role_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "email" citext NOT NULL, "role" character varying(16) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "invited_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "responded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cf737886961cbd90b0045cf773d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "network_role_invitations_email_idx" ON "network_role_invitations"  ("email", "status") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "network_role_invitations_pending_unique" ON "network_role_invitations"  ("network_id", "email", "role") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(
      `ALTER TABLE "network_lifecycle_events" ADD CONSTRAINT "FK_ce247c0c0e9f720058a35907b5c" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "network_lifecycle_events" ADD CONSTRAINT "FK_b1f1ac9bda9f7785c88df71825d" FOREIGN KEY ("changed_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "network_role_invitations" ADD CONSTRAINT "FK_01d497a6cd1fa56233e50b13fc9" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "network_role_invitations" ADD CONSTRAINT "FK_6abf3a689bf42f088aa4d0506a6" FOREIGN KEY ("invited_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "network_role_invitations" DROP CONSTRAINT "FK_6abf3a689bf42f088aa4d0506a6"`);
    await queryRunner.query(`ALTER TABLE "network_role_invitations" DROP CONSTRAINT "FK_01d497a6cd1fa56233e50b13fc9"`);
    await queryRunner.query(`ALTER TABLE "network_lifecycle_events" DROP CONSTRAINT "FK_b1f1ac9bda9f7785c88df71825d"`);
    await queryRunner.query(`ALTER TABLE "network_lifecycle_events" DROP CONSTRAINT "FK_ce247c0c0e9f720058a35907b5c"`);
    await queryRunner.query(`DROP INDEX "public"."network_role_invitations_pending_unique"`);
    await queryRunner.query(`DROP INDEX "public"."network_role_invitations_email_idx"`);
    await queryRunner.query(`DROP TABLE "network_role_invitations"`);
    await queryRunner.query(`DROP INDEX "public"."network_lifecycle_events_network_idx"`);
    await queryRunner.query(`DROP TABLE "network_lifecycle_events"`);
  }
}
