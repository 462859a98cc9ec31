import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The directory shows which networks publish their relational impact: a change of what is published moves the directory's version. */
export class ImpactPublicationsDirectoryVersion1796990000000 implements MigrationInterface {
  name = 'ImpactPublicationsDirectoryVersion1796990000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TRIGGER impact_publications_directory_changed AFTER INSERT OR UPDATE OR DELETE ON impact_publications FOR EACH STATEMENT EXECUTE FUNCTION directory_changed()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER impact_publications_directory_changed ON impact_publications`);
  }
}
