import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The people a follow-up carrying one breakout on invites when announced. */
export class FollowUpInvitees1796700000001 implements MigrationInterface {
  name = 'FollowUpInvitees1796700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "follow_up_invitees" (
        "gathering_id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        CONSTRAINT "PK_follow_up_invitees" PRIMARY KEY ("gathering_id", "person_id"),
        CONSTRAINT "FK_483269e22d600b5f9447abb9f90" FOREIGN KEY ("gathering_id") REFERENCES "gatherings"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_d213e3925486d927ae4cf48dcc3" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "gatherings_follow_up_of_idx" ON "gatherings" ("follow_up_of_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "gatherings_follow_up_of_idx"`);
    await queryRunner.query(`DROP TABLE "follow_up_invitees"`);
  }
}
