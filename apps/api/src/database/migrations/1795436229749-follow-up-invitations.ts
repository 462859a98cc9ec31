import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUpInvitations1795436229749 implements MigrationInterface {
  name = 'FollowUpInvitations1795436229749';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "gatherings" ADD "participants_invited_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "gatherings" DROP COLUMN "participants_invited_at"`);
  }
}
