import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CoConveners1795436729750 implements MigrationInterface {
  name = 'CoConveners1795436729750';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "gathering_conveners" ADD "accepted" boolean NOT NULL DEFAULT true`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "gathering_conveners" DROP COLUMN "accepted"`);
  }
}
