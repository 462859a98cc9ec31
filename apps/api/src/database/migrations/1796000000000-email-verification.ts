import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email addresses must be proved (issue 11): people.email_verified_at (null
 * until a verification, reset or sign-in link reaches the address; accounts
 * made before this are not proved yet), a password may be absent (accounts
 * made through a sign-in link), and email_tokens holds the hashes of
 * single-use, expiring verification and password-reset links.
 */
export class EmailVerification1796000000000 implements MigrationInterface {
  name = 'EmailVerification1796000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "email_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" bytea NOT NULL, "purpose" character varying(16) NOT NULL, "person_id" uuid NOT NULL, "email" citext NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_08abb3fa348e894c274a6730d35" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8acb431edfc9f9d0e77741468e" ON "email_tokens"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_df364199e79f25f988c985c0cd" ON "email_tokens"  ("person_id") `);
    await queryRunner.query(`ALTER TABLE "people" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "people" ALTER COLUMN "password_hash" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "email_tokens" ADD CONSTRAINT "FK_df364199e79f25f988c985c0cd2" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "email_tokens" DROP CONSTRAINT "FK_df364199e79f25f988c985c0cd2"`);
    // '!' is no argon2 hash: it never verifies, as having no password.
    await queryRunner.query(`UPDATE "people" SET "password_hash" = '!' WHERE "password_hash" IS NULL`);
    await queryRunner.query(`ALTER TABLE "people" ALTER COLUMN "password_hash" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "people" DROP COLUMN "email_verified_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_df364199e79f25f988c985c0cd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8acb431edfc9f9d0e77741468e"`);
    await queryRunner.query(`DROP TABLE "email_tokens"`);
  }
}
