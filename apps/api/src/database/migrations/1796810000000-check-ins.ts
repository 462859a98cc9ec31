import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who came (issue 13 §1): check_ins is the one record of attendance, and each gathering's check-in
 * code lives in check_in_codes. Registrations marked 'attended' before become REGISTERED with a
 * check-in (by a convener, at the time they were marked), and the database refuses 'attended' from now on.
 */
export class CheckIns1796810000000 implements MigrationInterface {
  name = 'CheckIns1796810000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "check_in_codes" (
        "gathering_id" uuid NOT NULL,
        "code" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_6ba6cb96a7fdbdfea5999bc952f" PRIMARY KEY ("gathering_id"),
        CONSTRAINT "FK_6ba6cb96a7fdbdfea5999bc952f" FOREIGN KEY ("gathering_id") REFERENCES "gatherings"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE "check_ins" (
        "gathering_id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        "registration_id" uuid NOT NULL,
        "method" character varying(16) NOT NULL,
        "checked_in_by_id" uuid,
        "checked_in_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_ec62eb9e9e2b46305f66e50272c" UNIQUE ("registration_id"),
        CONSTRAINT "PK_65d048574a5ea994fcfb15849be" PRIMARY KEY ("gathering_id", "person_id"),
        CONSTRAINT "FK_dd93caf4aca554ae3075b85b245" FOREIGN KEY ("gathering_id") REFERENCES "gatherings"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_88dcce11fbe728b7666a5ac920a" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_ec62eb9e9e2b46305f66e50272c" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_52843688ab8bfaf90a8d1f400e2" FOREIGN KEY ("checked_in_by_id") REFERENCES "people"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX "check_ins_person_idx" ON "check_ins" ("person_id", "checked_in_at")`);
    await queryRunner.query(`
      INSERT INTO "check_ins" ("gathering_id", "person_id", "registration_id", "method", "checked_in_at")
      SELECT "gathering_id", "person_id", "id", 'convener', "updated_at" FROM "registrations" WHERE "status" = 'attended'`);
    await queryRunner.query(`UPDATE "registrations" SET "status" = 'registered' WHERE "status" = 'attended'`);
    await queryRunner.query(
      `ALTER TABLE "registrations" ADD CONSTRAINT "registrations_status_stored" CHECK ("status" IN ('registered', 'waitlisted', 'pending_approval', 'cancelled'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "registrations" DROP CONSTRAINT "registrations_status_stored"`);
    await queryRunner.query(
      `UPDATE "registrations" r SET "status" = 'attended' FROM "check_ins" c WHERE c."registration_id" = r."id" AND r."status" = 'registered'`,
    );
    await queryRunner.query(`DROP TABLE "check_ins"`);
    await queryRunner.query(`DROP TABLE "check_in_codes"`);
  }
}
