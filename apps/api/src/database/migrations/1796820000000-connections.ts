import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who met whom (relationships): one row per pair of people, proposed then confirmed; indexed for the impact counts. */
export class Connections1796820000000 implements MigrationInterface {
  name = 'Connections1796820000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "connections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "first_person_id" uuid NOT NULL, "second_person_id" uuid NOT NULL, "proposed_by_id" uuid NOT NULL, "gathering_id" uuid NOT NULL, "first_network_ids" uuid array NOT NULL DEFAULT '{}', "second_network_ids" uuid array NOT NULL DEFAULT '{}', "closeness" character varying(20) NOT NULL DEFAULT 'met_once', "status" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "confirmed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "connections_confirmed_when" CHECK (("status" = 'confirmed') = ("confirmed_at" IS NOT NULL)), CONSTRAINT "connections_proposer_is_party" CHECK ("proposed_by_id" IN ("first_person_id", "second_person_id")), CONSTRAINT "connections_pair_ordered" CHECK ("first_person_id" < "second_person_id"), CONSTRAINT "PK_0a1f844af3122354cbd487a8d03" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "connections_impact_idx" ON "connections"  ("gathering_id", "status", "confirmed_at") `);
    await queryRunner.query(`CREATE INDEX "connections_second_person_idx" ON "connections"  ("second_person_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "connections_pair_unique" ON "connections"  ("first_person_id", "second_person_id") `);
    await queryRunner.query(
      `ALTER TABLE "connections" ADD CONSTRAINT "FK_4e08b7b6651f202db5ed3d31859" FOREIGN KEY ("first_person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "connections" ADD CONSTRAINT "FK_7de4dd3370f436acc59a421bc38" FOREIGN KEY ("second_person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "connections" ADD CONSTRAINT "FK_681f1bd365c820817f7cbe38c57" FOREIGN KEY ("gathering_id") REFERENCES "gatherings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "connections" DROP CONSTRAINT "FK_681f1bd365c820817f7cbe38c57"`);
    await queryRunner.query(`ALTER TABLE "connections" DROP CONSTRAINT "FK_7de4dd3370f436acc59a421bc38"`);
    await queryRunner.query(`ALTER TABLE "connections" DROP CONSTRAINT "FK_4e08b7b6651f202db5ed3d31859"`);
    await queryRunner.query(`DROP INDEX "public"."connections_pair_unique"`);
    await queryRunner.query(`DROP INDEX "public"."connections_second_person_idx"`);
    await queryRunner.query(`DROP INDEX "public"."connections_impact_idx"`);
    await queryRunner.query(`DROP TABLE "connections"`);
  }
}
