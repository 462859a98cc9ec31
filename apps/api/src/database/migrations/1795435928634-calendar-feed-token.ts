import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarFeedToken1795435928634 implements MigrationInterface {
  name = 'CalendarFeedToken1795435928634';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "people" ADD "calendar_token_hash" bytea`);
    await queryRunner.query(`ALTER TABLE "people" ADD CONSTRAINT "UQ_16bcbe76d1db893b9e71a81c40b" UNIQUE ("calendar_token_hash")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "people" DROP CONSTRAINT "UQ_16bcbe76d1db893b9e71a81c40b"`);
    await queryRunner.query(`ALTER TABLE "people" DROP COLUMN "calendar_token_hash"`);
  }
}
