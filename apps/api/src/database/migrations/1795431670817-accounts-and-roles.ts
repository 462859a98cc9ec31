import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAndRoles1795431670817 implements MigrationInterface {
  name = 'AccountsAndRoles1795431670817';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS citext`);
    // Sign-in rate limit counters, shared by every API process (rate-limiter-flexible's layout).
    await queryRunner.query(
      `CREATE TABLE "rate_limits" ("key" character varying(255) PRIMARY KEY, "points" integer NOT NULL DEFAULT 0, "expire" bigint)`,
    );
    await queryRunner.query(
      `CREATE TABLE "people" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" citext NOT NULL, "password_hash" text NOT NULL, "display_name" text NOT NULL, "pronouns" text, "bio" text, "locale" character varying(16) NOT NULL DEFAULT 'en', "is_platform_admin" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c77e8752faa45901af2b245dff2" UNIQUE ("email"), CONSTRAINT "PK_aa866e71353ee94c6cc51059c5b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" bytea NOT NULL, "person_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "user_agent" text, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_abaa9e068cdd390bc5210f7988" ON "sessions"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_c3942eab830cae599a763e1155" ON "sessions"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "role_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "scope_type" character varying(32) NOT NULL, "scope_id" uuid NOT NULL, "role" character varying(32) NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fc2df9835ac1d2a34839f113783" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "role_assignments_scope_idx" ON "role_assignments"  ("scope_type", "scope_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "role_assignments_current_unique" ON "role_assignments"  ("person_id", "scope_type", "scope_id", "role") WHERE "ended_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_c3942eab830cae599a763e11557" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_assignments" ADD CONSTRAINT "FK_ea83da32475dccf87b2702941bc" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "role_assignments" DROP CONSTRAINT "FK_ea83da32475dccf87b2702941bc"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_c3942eab830cae599a763e11557"`);
    await queryRunner.query(`DROP INDEX "public"."role_assignments_current_unique"`);
    await queryRunner.query(`DROP INDEX "public"."role_assignments_scope_idx"`);
    await queryRunner.query(`DROP TABLE "role_assignments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c3942eab830cae599a763e1155"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_abaa9e068cdd390bc5210f7988"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP TABLE "people"`);
    await queryRunner.query(`DROP TABLE "rate_limits"`);
  }
}
