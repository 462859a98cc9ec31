import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GatheringsAndRegistrations1795434734561 implements MigrationInterface {
  name = 'GatheringsAndRegistrations1795434734561';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "gatherings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" citext NOT NULL, "title" text NOT NULL, "purpose" text NOT NULL DEFAULT '', "format" character varying(16) NOT NULL, "venue" text, "online_url" text, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "time_zone" character varying(64) NOT NULL, "capacity" integer, "registered_count" integer NOT NULL DEFAULT '0', "registration_mode" character varying(16) NOT NULL DEFAULT 'open', "access_features" text array NOT NULL DEFAULT '{}', "access_notes" text NOT NULL DEFAULT '', "status" character varying(16) NOT NULL DEFAULT 'draft', "follow_up_of_id" uuid, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_e861cb0840c5cfeeabaf8d69412" UNIQUE ("slug"), CONSTRAINT "gatherings_within_capacity" CHECK ("capacity" IS NULL OR "registered_count" <= "capacity"), CONSTRAINT "gatherings_ends_after_start" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_166a83670dcd6ef19b6b4b38d89" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "gathering_conveners" ("gathering_id" uuid NOT NULL, "network_id" uuid NOT NULL, CONSTRAINT "PK_d6cc5ab8c75452a2d09371f4a26" PRIMARY KEY ("gathering_id", "network_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "gathering_id" uuid NOT NULL, "person_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "arrival" BIGSERIAL NOT NULL, "representing_network_ids" uuid array NOT NULL DEFAULT '{}', "access_needs" text, "share_access_needs" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6013e724d7b22929da9cd7282d1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "registrations_queue_idx" ON "registrations"  ("gathering_id", "status", "arrival") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "registrations_active_unique" ON "registrations"  ("gathering_id", "person_id") WHERE "status" <> 'cancelled'`,
    );
    await queryRunner.query(
      `ALTER TABLE "gathering_conveners" ADD CONSTRAINT "FK_f1f85127c41520d1ee9db6e5867" FOREIGN KEY ("gathering_id") REFERENCES "gatherings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gathering_conveners" ADD CONSTRAINT "FK_0b04865d15e84e0bb142ac930c7" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registrations" ADD CONSTRAINT "FK_fc4b71a4370dd7da1e0b032c2e3" FOREIGN KEY ("gathering_id") REFERENCES "gatherings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registrations" ADD CONSTRAINT "FK_ad432b49cda6a69929604db8875" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "registrations" DROP CONSTRAINT "FK_ad432b49cda6a69929604db8875"`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP CONSTRAINT "FK_fc4b71a4370dd7da1e0b032c2e3"`);
    await queryRunner.query(`ALTER TABLE "gathering_conveners" DROP CONSTRAINT "FK_0b04865d15e84e0bb142ac930c7"`);
    await queryRunner.query(`ALTER TABLE "gathering_conveners" DROP CONSTRAINT "FK_f1f85127c41520d1ee9db6e5867"`);
    await queryRunner.query(`DROP INDEX "public"."registrations_active_unique"`);
    await queryRunner.query(`DROP INDEX "public"."registrations_queue_idx"`);
    await queryRunner.query(`DROP TABLE "registrations"`);
    await queryRunner.query(`DROP TABLE "gathering_conveners"`);
    await queryRunner.query(`DROP TABLE "gatherings"`);
  }
}
