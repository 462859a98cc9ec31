import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NetworkClaims1795434211728 implements MigrationInterface {
  name = 'NetworkClaims1795434211728';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "network_claims" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "person_id" uuid NOT NULL, "message" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_00032cd26125f9b00eb284c75ab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "network_claims_pending_unique" ON "network_claims"  ("network_id", "person_id") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(`ALTER TABLE "networks" ADD "is_claimed" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(
      `ALTER TABLE "network_claims" ADD CONSTRAINT "FK_529026a7817fc4b04e18a4aaffb" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "network_claims" ADD CONSTRAINT "FK_0a970121db9c0cd1eeb3d184aac" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "network_claims" DROP CONSTRAINT "FK_0a970121db9c0cd1eeb3d184aac"`);
    await queryRunner.query(`ALTER TABLE "network_claims" DROP CONSTRAINT "FK_529026a7817fc4b04e18a4aaffb"`);
    await queryRunner.query(`ALTER TABLE "networks" DROP COLUMN "is_claimed"`);
    await queryRunner.query(`DROP INDEX "public"."network_claims_pending_unique"`);
    await queryRunner.query(`DROP TABLE "network_claims"`);
  }
}
