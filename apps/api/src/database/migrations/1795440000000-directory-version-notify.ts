import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whole signed-out directory answers are cached by the directory version, and
 * they show lifecycle history and people's names, pronouns and bios: changes to
 * those move the version too. Each new version is announced on the
 * weave_directory channel (on commit), so API processes need not ask for it.
 */
export class DirectoryVersionNotify1795440000000 implements MigrationInterface {
  name = 'DirectoryVersionNotify1795440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION directory_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE next bigint;
      BEGIN
        UPDATE directory_state SET version = version + 1 WHERE id = 1 RETURNING version INTO next;
        PERFORM pg_notify('weave_directory', next::text);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER network_lifecycle_events_directory_changed AFTER INSERT OR UPDATE OR DELETE ON network_lifecycle_events FOR EACH STATEMENT EXECUTE FUNCTION directory_changed()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER people_directory_changed AFTER UPDATE OF display_name, pronouns, bio OR DELETE ON people FOR EACH STATEMENT EXECUTE FUNCTION directory_changed()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER people_directory_changed ON people`);
    await queryRunner.query(`DROP TRIGGER network_lifecycle_events_directory_changed ON network_lifecycle_events`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION directory_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN UPDATE directory_state SET version = version + 1 WHERE id = 1; RETURN NULL; END $$`);
  }
}
