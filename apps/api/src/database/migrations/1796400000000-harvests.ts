import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The harvest of a gathering (the harvest module's table: the conveners'
 * write-up, its status and who may read it). Who took part in each session
 * is open space's session_attendance (migration 1796700000000).
 */
export class Harvests1796400000000 implements MigrationInterface {
  name = 'Harvests1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "harvests" (
        "gathering_id" uuid NOT NULL,
        "themes" jsonb NOT NULL DEFAULT '[]',
        "status" character varying(12) NOT NULL DEFAULT 'draft',
        "visibility" character varying(20) NOT NULL DEFAULT 'participants',
        "version" integer NOT NULL DEFAULT 1,
        "published_at" TIMESTAMP WITH TIME ZONE,
        "updated_by_id" uuid,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_harvests" PRIMARY KEY ("gathering_id"),
        CONSTRAINT "FK_7d3e2493b2303c9bbc4851d33a7" FOREIGN KEY ("gathering_id") REFERENCES "gatherings"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_ac0f273f2ffb27b5653b775072d" FOREIGN KEY ("updated_by_id") REFERENCES "people"("id") ON DELETE SET NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "harvests"`);
  }
}
