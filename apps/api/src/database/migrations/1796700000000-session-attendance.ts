import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who came to each breakout (session_attendance), recorded by a trigger on
 * presences: a presence ends when someone leaves, so without it a closed
 * gathering's rooms could not say who came. Existing presences are copied in.
 */
export class SessionAttendance1796700000000 implements MigrationInterface {
  name = 'SessionAttendance1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "session_attendance" (
        "session_id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        "first_came_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_session_attendance" PRIMARY KEY ("session_id", "person_id"),
        CONSTRAINT "FK_fe13eeaaceb32f7ef9a269e1af2" FOREIGN KEY ("session_id") REFERENCES "agenda_sessions"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_75e4c59858016a572a5e2e5c448" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "session_attendance_person_idx" ON "session_attendance" ("person_id")`);
    await queryRunner.query(`
      CREATE FUNCTION session_attendance_record() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO session_attendance (session_id, person_id) VALUES (NEW.session_id, NEW.person_id)
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER presences_record_attendance AFTER INSERT OR UPDATE OF session_id ON presences
      FOR EACH ROW EXECUTE FUNCTION session_attendance_record()`);
    await queryRunner.query(`
      INSERT INTO session_attendance (session_id, person_id, first_came_at)
      SELECT session_id, person_id, joined_at FROM presences ON CONFLICT DO NOTHING`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER presences_record_attendance ON presences`);
    await queryRunner.query(`DROP FUNCTION session_attendance_record()`);
    await queryRunner.query(`DROP TABLE "session_attendance"`);
  }
}
