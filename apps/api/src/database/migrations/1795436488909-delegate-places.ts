import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DelegatePlaces1795436488909 implements MigrationInterface {
  name = 'DelegatePlaces1795436488909';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "gathering_delegate_places" ("gathering_id" uuid NOT NULL, "network_id" uuid NOT NULL, "places" integer NOT NULL, CONSTRAINT "PK_ed1e662c5af57cca50e4017e81f" PRIMARY KEY ("gathering_id", "network_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "registrations" ADD "delegate_for_network_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "gathering_delegate_places" ADD CONSTRAINT "FK_e8f2654ca65d963912e969a5070" FOREIGN KEY ("gathering_id") REFERENCES "gatherings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gathering_delegate_places" ADD CONSTRAINT "FK_26d2971cec76ef08c965eac8597" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "gathering_delegate_places" DROP CONSTRAINT "FK_26d2971cec76ef08c965eac8597"`);
    await queryRunner.query(`ALTER TABLE "gathering_delegate_places" DROP CONSTRAINT "FK_e8f2654ca65d963912e969a5070"`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP COLUMN "delegate_for_network_id"`);
    await queryRunner.query(`DROP TABLE "gathering_delegate_places"`);
  }
}
