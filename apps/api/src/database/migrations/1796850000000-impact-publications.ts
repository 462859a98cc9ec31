import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The impact module's table: which measures a network publishes to people outside it. */
export class ImpactPublications1796850000000 implements MigrationInterface {
  name = 'ImpactPublications1796850000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "impact_publications" ("network_id" uuid NOT NULL, "measure" character varying(30) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "impact_publications_measure" CHECK ("measure" IN ('new_ties', 'network_ties', 'bridging', 'invitation_reach', 'asks_met', 'feedback')), CONSTRAINT "PK_impact_publications" PRIMARY KEY ("network_id", "measure"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "impact_publications" ADD CONSTRAINT "FK_33e4ae4193c142b105aca85d7b6" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "impact_publications" DROP CONSTRAINT "FK_33e4ae4193c142b105aca85d7b6"`);
    await queryRunner.query(`DROP TABLE "impact_publications"`);
  }
}
