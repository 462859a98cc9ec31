import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SignInLinks1795436380187 implements MigrationInterface {
  name = 'SignInLinks1795436380187';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_in_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" bytea NOT NULL, "email" citext NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2097ee1b62272fac6526b35398e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7e056095bb858289789025d055" ON "sign_in_links"  ("token_hash") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_7e056095bb858289789025d055"`);
    await queryRunner.query(`DROP TABLE "sign_in_links"`);
  }
}
