import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NetworksDirectory1795432955327 implements MigrationInterface {
  name = 'NetworksDirectory1795432955327';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    // unaccent() is only STABLE; this wrapper fixes the dictionary so indexes can use it.
    await queryRunner.query(
      `CREATE FUNCTION weave_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`,
    );
    await queryRunner.query(
      `CREATE TABLE "networks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" citext NOT NULL, "name" text NOT NULL, "kind" character varying(16) NOT NULL, "purpose" text NOT NULL DEFAULT '', "values" text NOT NULL DEFAULT '', "description" text NOT NULL DEFAULT '', "themes" text array NOT NULL DEFAULT '{}', "sectors" text array NOT NULL DEFAULT '{}', "place_name" text, "region" text, "latitude" double precision, "longitude" double precision, "scope" character varying(16) NOT NULL, "lifecycle_stage" character varying(16) NOT NULL DEFAULT 'forming', "visibility" character varying(16) NOT NULL DEFAULT 'public', "website" text, "contact" text, "closing_note" text, "search" tsvector, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_6522dab459fb6c3cd36c54f4542" UNIQUE ("slug"), CONSTRAINT "PK_61b1ee921bf79550d9d4742b9f7" PRIMARY KEY ("id"))`,
    );
    // The search document: name weighs most, then purpose, then description; English stemming, no accents.
    await queryRunner.query(`CREATE FUNCTION networks_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search :=
          setweight(to_tsvector('english', weave_unaccent(coalesce(NEW.name, ''))), 'A') ||
          setweight(to_tsvector('english', weave_unaccent(coalesce(NEW.purpose, ''))), 'B') ||
          setweight(to_tsvector('english', weave_unaccent(coalesce(NEW.description, ''))), 'C');
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER networks_search_trigger BEFORE INSERT OR UPDATE OF name, purpose, description ON networks FOR EACH ROW EXECUTE FUNCTION networks_search_update()`,
    );
    await queryRunner.query(`CREATE INDEX "networks_search_idx" ON "networks" USING gin ("search")`);
    await queryRunner.query(`CREATE INDEX "networks_name_trgm_idx" ON "networks" USING gin (weave_unaccent(lower("name")) gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "networks_themes_idx" ON "networks" USING gin ("themes")`);
    await queryRunner.query(
      `CREATE TABLE "network_memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "parent_id" uuid NOT NULL, "tie_type" character varying(16) NOT NULL DEFAULT 'member', "status" character varying(16) NOT NULL, "since" date, "until" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_de8ec57df455bec66217fd5744f" PRIMARY KEY ("id"), CONSTRAINT "network_memberships_not_self" CHECK ("member_id" <> "parent_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "network_memberships_parent_idx" ON "network_memberships"  ("parent_id", "status") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "network_memberships_open_unique" ON "network_memberships"  ("member_id", "parent_id") WHERE "status" IN ('invited', 'requested', 'active')`,
    );
    await queryRunner.query(
      `ALTER TABLE "network_memberships" ADD CONSTRAINT "FK_dcde6097d6d675c7250dda394a8" FOREIGN KEY ("member_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "network_memberships" ADD CONSTRAINT "FK_3d8bbf84ae2bb58d588b6ad8431" FOREIGN KEY ("parent_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "network_memberships" DROP CONSTRAINT "FK_3d8bbf84ae2bb58d588b6ad8431"`);
    await queryRunner.query(`ALTER TABLE "network_memberships" DROP CONSTRAINT "FK_dcde6097d6d675c7250dda394a8"`);
    await queryRunner.query(`DROP INDEX "public"."network_memberships_open_unique"`);
    await queryRunner.query(`DROP INDEX "public"."network_memberships_parent_idx"`);
    await queryRunner.query(`DROP TABLE "network_memberships"`);
    await queryRunner.query(`DROP TABLE "networks"`);
    await queryRunner.query(`DROP FUNCTION networks_search_update()`);
    await queryRunner.query(`DROP FUNCTION weave_unaccent(text)`);
  }
}
