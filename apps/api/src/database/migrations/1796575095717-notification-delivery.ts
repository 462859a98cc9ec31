import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How people hear of notifications: a preference per person per kind, when each notification went out by
 * email (so a digest never repeats one), and the secret that signs unsubscribe links (random, made here).
 */
export class NotificationDelivery1796575095717 implements MigrationInterface {
  name = 'NotificationDelivery1796575095717';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_keys" ("id" smallint NOT NULL, "secret" text NOT NULL, CONSTRAINT "PK_b4b3063591d2c6ad529ab6ea16b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preferences" ("person_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "delivery" character varying(10) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_16003726bc4677d9c29347444a9" PRIMARY KEY ("person_id", "kind"))`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" ADD "emailed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_57d4eb7d38306aef3208185725e" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // 244 random bits (two version-4 UUIDs), hashed into a hex key.
    await queryRunner.query(
      `INSERT INTO "notification_keys" ("id", "secret") VALUES (1, encode(sha256((gen_random_uuid()::text || gen_random_uuid()::text)::bytea), 'hex'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_57d4eb7d38306aef3208185725e"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "emailed_at"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP TABLE "notification_keys"`);
  }
}
