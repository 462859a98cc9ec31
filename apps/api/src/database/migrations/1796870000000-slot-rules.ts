import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Set-up rules for the open-space grid (issue 15 §1):
 * - a gathering's time slots never overlap (an exclusion constraint on their time ranges, which
 *   also settles two conveners adding overlapping slots at the same moment). Slots stored before
 *   that overlap an earlier one are moved to start when it ends, keeping their length (sessions
 *   placed in them stay placed), so the constraint can be added;
 * - an online space always has a video-call room: existing online spaces without one are given an
 *   unguessable name (128 random bits, as the API makes them), never one derived from their title.
 */
export class SlotRules1796870000000 implements MigrationInterface {
  name = 'SlotRules1796870000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`
      DO $$
      DECLARE
        slot record;
        previous_end timestamptz;
        previous_gathering uuid;
      BEGIN
        FOR slot IN SELECT id, gathering_id, starts_at, ends_at FROM time_slots ORDER BY gathering_id, starts_at, id LOOP
          IF previous_gathering IS DISTINCT FROM slot.gathering_id THEN
            previous_gathering := slot.gathering_id;
            previous_end := NULL;
          END IF;
          IF previous_end IS NOT NULL AND slot.starts_at < previous_end THEN
            UPDATE time_slots SET starts_at = previous_end, ends_at = previous_end + (slot.ends_at - slot.starts_at) WHERE id = slot.id;
            RAISE NOTICE 'time slot % overlapped an earlier one: now starts at %', slot.id, previous_end;
            previous_end := previous_end + (slot.ends_at - slot.starts_at);
          ELSE
            previous_end := slot.ends_at;
          END IF;
        END LOOP;
      END $$`);
    await queryRunner.query(
      `ALTER TABLE "time_slots" ADD CONSTRAINT "time_slots_no_overlap" EXCLUDE USING gist ("gathering_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)`,
    );
    await queryRunner.query(`
      UPDATE "spaces"
         SET "video_room" = 'weave-' || substr(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 1, 32)
       WHERE 'online' = ANY("tags") AND "video_room" IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "spaces" ADD CONSTRAINT "spaces_online_has_call" CHECK (NOT ('online' = ANY("tags")) OR "video_room" IS NOT NULL)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "spaces" DROP CONSTRAINT "spaces_online_has_call"`);
    await queryRunner.query(`ALTER TABLE "time_slots" DROP CONSTRAINT "time_slots_no_overlap"`);
  }
}
