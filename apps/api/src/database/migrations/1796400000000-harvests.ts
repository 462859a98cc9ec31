import type { MigrationInterface, QueryRunner } from 'typeorm';
import { functionSql } from '../functions/function-sql.js';

/**
 * The harvest of a gathering (the harvest module's table: the conveners'
 * write-up, its status and who may read it), and who took part in each
 * session (open space's session_visits, filled by a trigger on presences).
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
    await queryRunner.query(`
      CREATE TABLE "session_visits" (
        "session_id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        "first_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_session_visits" PRIMARY KEY ("session_id", "person_id"),
        CONSTRAINT "FK_06979967b014729bbf0e2c4e89c" FOREIGN KEY ("session_id") REFERENCES "agenda_sessions"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_36fe6776aca40cccfcfdfde8006" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE
      )`);
    // Whoever is in a room now has taken part in it.
    await queryRunner.query(`INSERT INTO "session_visits" ("session_id", "person_id") SELECT "session_id", "person_id" FROM "presences"`);
    await queryRunner.query(functionSql('open_space_record_visit.v1'));
    await queryRunner.query(`
      CREATE TRIGGER "presences_record_visit" AFTER INSERT OR UPDATE OF "session_id" ON "presences"
        FOR EACH ROW EXECUTE FUNCTION open_space_record_visit()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "presences_record_visit" ON "presences"`);
    await queryRunner.query(`DROP FUNCTION open_space_record_visit()`);
    await queryRunner.query(`DROP TABLE "session_visits"`);
    await queryRunner.query(`DROP TABLE "harvests"`);
  }
}
