import type { MigrationInterface, QueryRunner } from 'typeorm';

const ATTACHED_BY_KIND = `("kind" = 'open' AND "gathering_id" IS NULL AND "session_id" IS NULL AND "network_id" IS NULL)
  OR ("kind" = 'gathering' AND "gathering_id" IS NOT NULL AND "session_id" IS NULL AND "network_id" IS NULL)
  OR ("kind" = 'session' AND "gathering_id" IS NOT NULL AND "session_id" IS NOT NULL AND "network_id" IS NULL)
  OR ("kind" = 'network' AND "gathering_id" IS NULL AND "session_id" IS NULL AND "network_id" IS NOT NULL)`;

/**
 * Asks and offers (the asks-offers module's tables), searched and matched as the directory searches
 * networks: a weighted tsvector kept by a trigger, trigram and theme indexes; and introductions
 * between an ask and an offer, each with a private conversation (a new conversation kind).
 */

export class AsksOffers1796830000000 implements MigrationInterface {
  name = 'AsksOffers1796830000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "asks_offers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "side" character varying(8) NOT NULL, "kind" character varying(16) NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "themes" text array NOT NULL DEFAULT '{}', "area" text NOT NULL DEFAULT '', "ends_on" date NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'open', "network_id" uuid, "posted_by_id" uuid, "gathering_id" uuid, "met_by_offer_id" uuid, "met_by_network_id" uuid, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by_id" uuid, "search" tsvector, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5de4844103f67f790ea1fa95901" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "asks_offers_met_by_network_idx" ON "asks_offers"  ("met_by_network_id") `);
    await queryRunner.query(`CREATE INDEX "asks_offers_gathering_idx" ON "asks_offers"  ("gathering_id") `);
    await queryRunner.query(`CREATE INDEX "asks_offers_posted_by_idx" ON "asks_offers"  ("posted_by_id") `);
    await queryRunner.query(`CREATE INDEX "asks_offers_network_idx" ON "asks_offers"  ("network_id") `);
    await queryRunner.query(`CREATE INDEX "asks_offers_open_idx" ON "asks_offers"  ("side", "status", "ends_on") `);
    await queryRunner.query(`CREATE INDEX "asks_offers_recent_idx" ON "asks_offers"  ("created_at", "id") `);
    await queryRunner.query(`CREATE FUNCTION asks_offers_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search :=
          setweight(to_tsvector('english', weave_unaccent(coalesce(NEW.title, ''))), 'A') ||
          setweight(to_tsvector('english', weave_unaccent(coalesce(NEW.description, ''))), 'B') ||
          setweight(to_tsvector('english', weave_unaccent(coalesce(NEW.area, ''))), 'D');
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER asks_offers_search_trigger BEFORE INSERT OR UPDATE OF title, description, area ON asks_offers FOR EACH ROW EXECUTE FUNCTION asks_offers_search_update()`,
    );
    await queryRunner.query(`CREATE INDEX "asks_offers_search_idx" ON "asks_offers" USING gin ("search")`);
    await queryRunner.query(
      `CREATE INDEX "asks_offers_title_trgm_idx" ON "asks_offers" USING gin (weave_unaccent(lower("title")) gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "asks_offers_themes_idx" ON "asks_offers" USING gin ("themes")`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "conversations_attached_by_kind"`);
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD CONSTRAINT "conversations_attached_by_kind" CHECK (${ATTACHED_BY_KIND}
  OR ("kind" = 'introduction' AND "gathering_id" IS NULL AND "session_id" IS NULL AND "network_id" IS NULL))`,
    );
    await queryRunner.query(
      `CREATE TABLE "ask_offer_introductions" ("ask_id" uuid NOT NULL, "offer_id" uuid NOT NULL, "conversation_id" uuid NOT NULL, "introduced_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3b8440da174b9d4f36358061642" PRIMARY KEY ("ask_id", "offer_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ask_offer_introductions_offer_idx" ON "ask_offer_introductions"  ("offer_id") `);
    await queryRunner.query(
      `ALTER TABLE "asks_offers" ADD CONSTRAINT "FK_84ccbff9f6f707033e98bc75276" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "asks_offers" ADD CONSTRAINT "FK_de849ac21f14937332bb7179161" FOREIGN KEY ("posted_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "asks_offers" ADD CONSTRAINT "FK_bf57e630f06b77baa792e55ca49" FOREIGN KEY ("gathering_id") REFERENCES "gatherings"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "asks_offers" ADD CONSTRAINT "FK_497c637aec540f4f711038d87f9" FOREIGN KEY ("met_by_offer_id") REFERENCES "asks_offers"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "asks_offers" ADD CONSTRAINT "FK_edc4edd3d5077854afdfadecb09" FOREIGN KEY ("met_by_network_id") REFERENCES "networks"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "asks_offers" ADD CONSTRAINT "FK_7b6e260e61150c9605faebc8290" FOREIGN KEY ("closed_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ask_offer_introductions" ADD CONSTRAINT "FK_64d2ee4cf210a3863dc553b4bc7" FOREIGN KEY ("ask_id") REFERENCES "asks_offers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ask_offer_introductions" ADD CONSTRAINT "FK_82203bd4d47854c15ce60f333da" FOREIGN KEY ("offer_id") REFERENCES "asks_offers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ask_offer_introductions" ADD CONSTRAINT "FK_92ada13ddf9da87e1883b8e89d0" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ask_offer_introductions" ADD CONSTRAINT "FK_75fa77fbb77249af95c2ac4b04c" FOREIGN KEY ("introduced_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ask_offer_introductions" DROP CONSTRAINT "FK_75fa77fbb77249af95c2ac4b04c"`);
    await queryRunner.query(`ALTER TABLE "ask_offer_introductions" DROP CONSTRAINT "FK_92ada13ddf9da87e1883b8e89d0"`);
    await queryRunner.query(`ALTER TABLE "ask_offer_introductions" DROP CONSTRAINT "FK_82203bd4d47854c15ce60f333da"`);
    await queryRunner.query(`ALTER TABLE "ask_offer_introductions" DROP CONSTRAINT "FK_64d2ee4cf210a3863dc553b4bc7"`);
    await queryRunner.query(`ALTER TABLE "asks_offers" DROP CONSTRAINT "FK_7b6e260e61150c9605faebc8290"`);
    await queryRunner.query(`ALTER TABLE "asks_offers" DROP CONSTRAINT "FK_edc4edd3d5077854afdfadecb09"`);
    await queryRunner.query(`ALTER TABLE "asks_offers" DROP CONSTRAINT "FK_497c637aec540f4f711038d87f9"`);
    await queryRunner.query(`ALTER TABLE "asks_offers" DROP CONSTRAINT "FK_bf57e630f06b77baa792e55ca49"`);
    await queryRunner.query(`ALTER TABLE "asks_offers" DROP CONSTRAINT "FK_de849ac21f14937332bb7179161"`);
    await queryRunner.query(`ALTER TABLE "asks_offers" DROP CONSTRAINT "FK_84ccbff9f6f707033e98bc75276"`);
    await queryRunner.query(`DROP INDEX "public"."ask_offer_introductions_offer_idx"`);
    await queryRunner.query(`DROP TABLE "ask_offer_introductions"`);
    await queryRunner.query(`DROP INDEX "public"."asks_offers_recent_idx"`);
    await queryRunner.query(`DROP INDEX "public"."asks_offers_open_idx"`);
    await queryRunner.query(`DROP INDEX "public"."asks_offers_network_idx"`);
    await queryRunner.query(`DROP INDEX "public"."asks_offers_posted_by_idx"`);
    await queryRunner.query(`DROP INDEX "public"."asks_offers_gathering_idx"`);
    await queryRunner.query(`DROP INDEX "public"."asks_offers_met_by_network_idx"`);
    await queryRunner.query(`DROP TABLE "asks_offers"`);
    await queryRunner.query(`DROP FUNCTION asks_offers_search_update()`);
    await queryRunner.query(`DELETE FROM "conversations" WHERE "kind" = 'introduction'`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "conversations_attached_by_kind"`);
    await queryRunner.query(`ALTER TABLE "conversations" ADD CONSTRAINT "conversations_attached_by_kind" CHECK (${ATTACHED_BY_KIND})`);
  }
}
