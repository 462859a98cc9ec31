import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OpenSpace1795443320847 implements MigrationInterface {
  name = 'OpenSpace1795443320847';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "spaces" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "gathering_id" uuid NOT NULL, "name" citext NOT NULL, "capacity" integer NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "video_room" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "spaces_capacity_positive" CHECK ("capacity" > 0), CONSTRAINT "PK_dbe542974aca57afcb60709d4c8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "spaces_name_unique" ON "spaces"  ("gathering_id", "name") `);
    await queryRunner.query(
      `CREATE TABLE "time_slots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "gathering_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "label" text, CONSTRAINT "time_slots_end_after_start" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_f87c73d8648c3f3f297adba3cb8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "time_slots_gathering_idx" ON "time_slots"  ("gathering_id", "starts_at") `);
    await queryRunner.query(
      `CREATE TABLE "agenda_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "gathering_id" uuid NOT NULL, "host_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "needs" text array NOT NULL DEFAULT '{}', "slot_id" uuid, "space_id" uuid, "capacity" integer, "headcount" integer NOT NULL DEFAULT '0', "interest_count" integer NOT NULL DEFAULT '0', "merged_into_id" uuid, "version" bigint NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "agenda_sessions_within_capacity" CHECK ("headcount" >= 0 AND ("capacity" IS NULL AND "headcount" = 0 OR "headcount" <= "capacity")), CONSTRAINT "agenda_sessions_placed_whole" CHECK (("slot_id" IS NULL) = ("space_id" IS NULL) AND ("slot_id" IS NULL) = ("capacity" IS NULL)), CONSTRAINT "PK_4ffbbe59b93113bb9b401fc88aa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "agenda_sessions_host_once_per_slot" ON "agenda_sessions"  ("host_id", "slot_id") WHERE "slot_id" IS NOT NULL AND "merged_into_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "agenda_sessions_one_per_cell" ON "agenda_sessions"  ("slot_id", "space_id") WHERE "slot_id" IS NOT NULL AND "merged_into_id" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "agenda_sessions_gathering_idx" ON "agenda_sessions"  ("gathering_id") `);
    await queryRunner.query(
      `CREATE TABLE "session_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "what" text NOT NULL, "owner_name" text NOT NULL, "owner_id" uuid, "due_on" date, "done" boolean NOT NULL DEFAULT false, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7f56297d52c9d37b05ea00870bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "session_actions_session_idx" ON "session_actions"  ("session_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "session_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "author_id" uuid NOT NULL, "edited_by_id" uuid, "text" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c0c90f57f8af96a8b1252f86ef0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "session_notes_session_idx" ON "session_notes"  ("session_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "presences" ("gathering_id" uuid NOT NULL, "person_id" uuid NOT NULL, "session_id" uuid NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7c948a78399b8a10cf6e96d4415" PRIMARY KEY ("gathering_id", "person_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "presences_last_seen_idx" ON "presences"  ("last_seen_at") `);
    await queryRunner.query(`CREATE INDEX "presences_session_idx" ON "presences"  ("session_id") `);
    await queryRunner.query(
      `CREATE TABLE "session_interests" ("session_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8293841588dc7f9c0d966d81e9f" PRIMARY KEY ("session_id", "person_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "spaces" ADD CONSTRAINT "FK_5b0c2d8a87daa0928a5092a57bf" FOREIGN KEY ("gathering_id") REFERENCES "gatherings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "time_slots" ADD CONSTRAINT "FK_b5b506c9f5d1e5e6c9be03a9913" FOREIGN KEY ("gathering_id") REFERENCES "gatherings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_sessions" ADD CONSTRAINT "FK_fbb35ee1bab33e7fdcb74062ab8" FOREIGN KEY ("gathering_id") REFERENCES "gatherings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_sessions" ADD CONSTRAINT "FK_c660462c7ea3186d701c39b8363" FOREIGN KEY ("host_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_sessions" ADD CONSTRAINT "FK_955c0c7fa0740abfb56d150aea0" FOREIGN KEY ("slot_id") REFERENCES "time_slots"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_sessions" ADD CONSTRAINT "FK_be8d91956c686c4befb4bba1059" FOREIGN KEY ("space_id") REFERENCES "spaces"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_actions" ADD CONSTRAINT "FK_614e61ba4c2ec8e3d55d0d3b2a1" FOREIGN KEY ("session_id") REFERENCES "agenda_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_actions" ADD CONSTRAINT "FK_cdb6c3ef5c9e1eef733370fb98e" FOREIGN KEY ("created_by_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_notes" ADD CONSTRAINT "FK_192d2c5fd04aa4e5fe56a6c029e" FOREIGN KEY ("session_id") REFERENCES "agenda_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_notes" ADD CONSTRAINT "FK_ca74b4189e4078482c02f31a3e0" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "presences" ADD CONSTRAINT "FK_859cc9918e05866bb3b4220214a" FOREIGN KEY ("gathering_id") REFERENCES "gatherings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "presences" ADD CONSTRAINT "FK_19aba2385a59f088831056753cc" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "presences" ADD CONSTRAINT "FK_b615adae1fc8089e5bef53cd66a" FOREIGN KEY ("session_id") REFERENCES "agenda_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_interests" ADD CONSTRAINT "FK_c2ab52c2a176da6c52d10151197" FOREIGN KEY ("session_id") REFERENCES "agenda_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_interests" ADD CONSTRAINT "FK_a5da42a7e6803a884f5222a43ff" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session_interests" DROP CONSTRAINT "FK_a5da42a7e6803a884f5222a43ff"`);
    await queryRunner.query(`ALTER TABLE "session_interests" DROP CONSTRAINT "FK_c2ab52c2a176da6c52d10151197"`);
    await queryRunner.query(`ALTER TABLE "presences" DROP CONSTRAINT "FK_b615adae1fc8089e5bef53cd66a"`);
    await queryRunner.query(`ALTER TABLE "presences" DROP CONSTRAINT "FK_19aba2385a59f088831056753cc"`);
    await queryRunner.query(`ALTER TABLE "presences" DROP CONSTRAINT "FK_859cc9918e05866bb3b4220214a"`);
    await queryRunner.query(`ALTER TABLE "session_notes" DROP CONSTRAINT "FK_ca74b4189e4078482c02f31a3e0"`);
    await queryRunner.query(`ALTER TABLE "session_notes" DROP CONSTRAINT "FK_192d2c5fd04aa4e5fe56a6c029e"`);
    await queryRunner.query(`ALTER TABLE "session_actions" DROP CONSTRAINT "FK_cdb6c3ef5c9e1eef733370fb98e"`);
    await queryRunner.query(`ALTER TABLE "session_actions" DROP CONSTRAINT "FK_614e61ba4c2ec8e3d55d0d3b2a1"`);
    await queryRunner.query(`ALTER TABLE "agenda_sessions" DROP CONSTRAINT "FK_be8d91956c686c4befb4bba1059"`);
    await queryRunner.query(`ALTER TABLE "agenda_sessions" DROP CONSTRAINT "FK_955c0c7fa0740abfb56d150aea0"`);
    await queryRunner.query(`ALTER TABLE "agenda_sessions" DROP CONSTRAINT "FK_c660462c7ea3186d701c39b8363"`);
    await queryRunner.query(`ALTER TABLE "agenda_sessions" DROP CONSTRAINT "FK_fbb35ee1bab33e7fdcb74062ab8"`);
    await queryRunner.query(`ALTER TABLE "time_slots" DROP CONSTRAINT "FK_b5b506c9f5d1e5e6c9be03a9913"`);
    await queryRunner.query(`ALTER TABLE "spaces" DROP CONSTRAINT "FK_5b0c2d8a87daa0928a5092a57bf"`);
    await queryRunner.query(`DROP TABLE "session_interests"`);
    await queryRunner.query(`DROP INDEX "public"."presences_session_idx"`);
    await queryRunner.query(`DROP INDEX "public"."presences_last_seen_idx"`);
    await queryRunner.query(`DROP TABLE "presences"`);
    await queryRunner.query(`DROP INDEX "public"."session_notes_session_idx"`);
    await queryRunner.query(`DROP TABLE "session_notes"`);
    await queryRunner.query(`DROP INDEX "public"."session_actions_session_idx"`);
    await queryRunner.query(`DROP TABLE "session_actions"`);
    await queryRunner.query(`DROP INDEX "public"."agenda_sessions_gathering_idx"`);
    await queryRunner.query(`DROP INDEX "public"."agenda_sessions_one_per_cell"`);
    await queryRunner.query(`DROP INDEX "public"."agenda_sessions_host_once_per_slot"`);
    await queryRunner.query(`DROP TABLE "agenda_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."time_slots_gathering_idx"`);
    await queryRunner.query(`DROP TABLE "time_slots"`);
    await queryRunner.query(`DROP INDEX "public"."spaces_name_unique"`);
    await queryRunner.query(`DROP TABLE "spaces"`);
  }
}
