import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A version number for everything the public directory shows, bumped by
 * statement-level triggers on every change, so API processes can cache
 * directory answers and know at once when they are stale.
 */
export class DirectoryVersion1795437062063 implements MigrationInterface {
  name = 'DirectoryVersion1795437062063';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "directory_state" ("id" smallint PRIMARY KEY DEFAULT 1 CHECK ("id" = 1), "version" bigint NOT NULL DEFAULT 0)`,
    );
    await queryRunner.query(`INSERT INTO "directory_state" ("id", "version") VALUES (1, 0)`);
    await queryRunner.query(`CREATE FUNCTION directory_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN UPDATE directory_state SET version = version + 1 WHERE id = 1; RETURN NULL; END $$`);
    for (const table of ['networks', 'network_memberships', 'role_assignments']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_directory_changed AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION directory_changed()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['networks', 'network_memberships', 'role_assignments']) {
      await queryRunner.query(`DROP TRIGGER ${table}_directory_changed ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION directory_changed()`);
    await queryRunner.query(`DROP TABLE "directory_state"`);
  }
}
