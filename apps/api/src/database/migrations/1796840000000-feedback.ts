import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The feedback module's tables: a gathering's feedback settings, its conveners' own questions, and one answer per person per form (before / after). */
export class Feedback1796840000000 implements MigrationInterface {
  name = 'Feedback1796840000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "feedback_forms" ("gathering_id" uuid NOT NULL, "asks_before" boolean NOT NULL DEFAULT false, "after_opened_at" TIMESTAMP WITH TIME ZONE, "after_closes_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_43c2f69d7f15daa0882c5bcfc6c" PRIMARY KEY ("gathering_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "feedback_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "gathering_id" uuid NOT NULL, "position" integer NOT NULL, "kind" character varying(10) NOT NULL, "prompt" character varying(300) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_40aaf67a185ec3a1281308af7cf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "feedback_questions_gathering_idx" ON "feedback_questions"  ("gathering_id", "position") `);
    await queryRunner.query(
      `CREATE TABLE "feedback_responses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "gathering_id" uuid NOT NULL, "stage" character varying(10) NOT NULL, "person_id" uuid NOT NULL, "networking" smallint, "knowledge" smallint, "confidence" smallint, "trust" smallint, "support" smallint, "new_people_met" integer, "comment" text NOT NULL DEFAULT '', "answers" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "feedback_responses_once_per_person" UNIQUE ("gathering_id", "stage", "person_id"), CONSTRAINT "PK_bb4d40375c075d39316a21fdaf5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_forms" ADD CONSTRAINT "FK_43c2f69d7f15daa0882c5bcfc6c" FOREIGN KEY ("gathering_id") REFERENCES "gatherings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_questions" ADD CONSTRAINT "FK_cccbd1fe6b86bef406a32929d3e" FOREIGN KEY ("gathering_id") REFERENCES "gatherings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_responses" ADD CONSTRAINT "FK_637403244c063c52d255518738b" FOREIGN KEY ("gathering_id") REFERENCES "gatherings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_responses" ADD CONSTRAINT "FK_0f18ce336e396ab40b7d2915b12" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "feedback_responses" DROP CONSTRAINT "FK_0f18ce336e396ab40b7d2915b12"`);
    await queryRunner.query(`ALTER TABLE "feedback_responses" DROP CONSTRAINT "FK_637403244c063c52d255518738b"`);
    await queryRunner.query(`ALTER TABLE "feedback_questions" DROP CONSTRAINT "FK_cccbd1fe6b86bef406a32929d3e"`);
    await queryRunner.query(`ALTER TABLE "feedback_forms" DROP CONSTRAINT "FK_43c2f69d7f15daa0882c5bcfc6c"`);
    await queryRunner.query(`DROP TABLE "feedback_responses"`);
    await queryRunner.query(`DROP INDEX "public"."feedback_questions_gathering_idx"`);
    await queryRunner.query(`DROP TABLE "feedback_questions"`);
    await queryRunner.query(`DROP TABLE "feedback_forms"`);
  }
}
