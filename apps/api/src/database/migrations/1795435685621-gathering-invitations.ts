import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GatheringInvitations1795435685621 implements MigrationInterface {
  name = 'GatheringInvitations1795435685621';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "gathering_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "gathering_id" uuid NOT NULL, "code" character varying(32) NOT NULL, "issued_by_id" uuid NOT NULL, "network_id" uuid, "parent_id" uuid, "email" citext, "expires_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_da71d97b618fc8abee3ee8a6a4c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "gathering_invitations_code_unique" ON "gathering_invitations"  ("code") `);
    await queryRunner.query(`CREATE INDEX "gathering_invitations_gathering_idx" ON "gathering_invitations"  ("gathering_id") `);
    await queryRunner.query(`ALTER TABLE "registrations" ADD "invitation_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "gathering_invitations" ADD CONSTRAINT "FK_8bc9d43e61cef97d14be18e2b11" FOREIGN KEY ("gathering_id") REFERENCES "gatherings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gathering_invitations" ADD CONSTRAINT "FK_79f70027ca1717c0211614530cd" FOREIGN KEY ("issued_by_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gathering_invitations" ADD CONSTRAINT "FK_ad4ec3ca178fab33a75352279e4" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gathering_invitations" ADD CONSTRAINT "FK_40c4685b6403a957c6e0a5d1984" FOREIGN KEY ("parent_id") REFERENCES "gathering_invitations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "gathering_invitations" DROP CONSTRAINT "FK_40c4685b6403a957c6e0a5d1984"`);
    await queryRunner.query(`ALTER TABLE "gathering_invitations" DROP CONSTRAINT "FK_ad4ec3ca178fab33a75352279e4"`);
    await queryRunner.query(`ALTER TABLE "gathering_invitations" DROP CONSTRAINT "FK_79f70027ca1717c0211614530cd"`);
    await queryRunner.query(`ALTER TABLE "gathering_invitations" DROP CONSTRAINT "FK_8bc9d43e61cef97d14be18e2b11"`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP COLUMN "invitation_id"`);
    await queryRunner.query(`DROP INDEX "public"."gathering_invitations_gathering_idx"`);
    await queryRunner.query(`DROP INDEX "public"."gathering_invitations_code_unique"`);
    await queryRunner.query(`DROP TABLE "gathering_invitations"`);
  }
}
