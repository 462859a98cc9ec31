import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Follow-up conversations: posts, their history, mentions and reactions, who follows and has read what, invitation links (the conversations module's tables). */
export class Conversations1796600000000 implements MigrationInterface {
  name = 'Conversations1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "conversations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(20) NOT NULL, "title" text NOT NULL, "gathering_id" uuid, "session_id" uuid, "network_id" uuid, "started_by_id" uuid, "is_seeded" boolean NOT NULL DEFAULT false, "locked_at" TIMESTAMP WITH TIME ZONE, "locked_by_id" uuid, "last_seq" integer NOT NULL DEFAULT '0', "post_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_post_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "conversations_attached_by_kind" CHECK (("kind" = 'open' AND "gathering_id" IS NULL AND "session_id" IS NULL AND "network_id" IS NULL)
  OR ("kind" = 'gathering' AND "gathering_id" IS NOT NULL AND "session_id" IS NULL AND "network_id" IS NULL)
  OR ("kind" = 'session' AND "gathering_id" IS NOT NULL AND "session_id" IS NOT NULL AND "network_id" IS NULL)
  OR ("kind" = 'network' AND "gathering_id" IS NULL AND "session_id" IS NULL AND "network_id" IS NOT NULL)), CONSTRAINT "PK_ee34f4f7ced4ec8681f26bf04ef" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "conversations_recent_idx" ON "conversations"  ("last_post_at", "id") `);
    await queryRunner.query(`CREATE INDEX "conversations_network_idx" ON "conversations"  ("network_id") `);
    await queryRunner.query(`CREATE INDEX "conversations_gathering_idx" ON "conversations"  ("gathering_id") `);
    await queryRunner.query(
      `CREATE TABLE "conversation_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conversation_id" uuid NOT NULL, "code" character varying(32) NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d20dea7edf4015ca8da38322fed" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "conversation_invitations_code" ON "conversation_invitations"  ("code") `);
    await queryRunner.query(
      `CREATE TABLE "conversation_participants" ("conversation_id" uuid NOT NULL, "person_id" uuid NOT NULL, "following" boolean NOT NULL DEFAULT false, "last_read_seq" integer NOT NULL DEFAULT '0', "invited_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8aca4a3aff419a5f47df21f72de" PRIMARY KEY ("conversation_id", "person_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "conversation_participants_person_idx" ON "conversation_participants"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "posts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conversation_id" uuid NOT NULL, "seq" integer NOT NULL, "parent_id" uuid, "author_id" uuid, "body" text NOT NULL, "is_question" boolean NOT NULL DEFAULT false, "reply_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_by_id" uuid, "hidden_reason" text, CONSTRAINT "posts_once_per_seq" UNIQUE ("conversation_id", "seq"), CONSTRAINT "PK_2829ac61eff60fcec60d7274b9e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "posts_parent_idx" ON "posts"  ("parent_id") `);
    await queryRunner.query(
      `CREATE TABLE "post_edits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "body" text NOT NULL, "written_at" TIMESTAMP WITH TIME ZONE NOT NULL, "edited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4f654a6f48ff1f94a68db3de55c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "post_edits_post_idx" ON "post_edits"  ("post_id", "edited_at") `);
    await queryRunner.query(
      `CREATE TABLE "post_mentions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "person_id" uuid, "network_id" uuid, CONSTRAINT "post_mentions_one_target" CHECK (("person_id" IS NULL) <> ("network_id" IS NULL)), CONSTRAINT "PK_e96c8711dbced088bbf7d3e29c6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "post_mentions_network_once" ON "post_mentions"  ("post_id", "network_id") WHERE "network_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "post_mentions_person_once" ON "post_mentions"  ("post_id", "person_id") WHERE "person_id" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "post_mentions_post_idx" ON "post_mentions"  ("post_id") `);
    await queryRunner.query(
      `CREATE TABLE "post_reactions" ("post_id" uuid NOT NULL, "person_id" uuid NOT NULL, "reaction" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6fa1ab0d68258c1a81775aa1b4e" PRIMARY KEY ("post_id", "person_id", "reaction"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD CONSTRAINT "FK_b77931c679b1f03b088be988800" FOREIGN KEY ("gathering_id") REFERENCES "gatherings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD CONSTRAINT "FK_285e84ab2537d6af999be71aa55" FOREIGN KEY ("session_id") REFERENCES "agenda_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD CONSTRAINT "FK_7a0e913a7c742285e69249381ec" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD CONSTRAINT "FK_4f035f5701cbf936eb21c3853c8" FOREIGN KEY ("started_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD CONSTRAINT "FK_cd709b54ebbfa9bb7f783440656" FOREIGN KEY ("locked_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation_invitations" ADD CONSTRAINT "FK_eb94cc68d15c0f1343a9f9328cc" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation_invitations" ADD CONSTRAINT "FK_3eb86e3803d457e7896dee0aeb0" FOREIGN KEY ("created_by_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation_participants" ADD CONSTRAINT "FK_1559e8a16b828f2e836a2312800" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation_participants" ADD CONSTRAINT "FK_07c084542308e0dab023ed2416e" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_c39b8500b5c74212a1de35e628d" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_d8be760cd953c4a98137c5237a6" FOREIGN KEY ("parent_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_312c63be865c81b922e39c2475e" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_350aceeabe0866c8cccd009a8a5" FOREIGN KEY ("hidden_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_edits" ADD CONSTRAINT "FK_65c1f1e7894d29d7aa65eb0829a" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_mentions" ADD CONSTRAINT "FK_7842d306938f9b2dceb988d270e" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_mentions" ADD CONSTRAINT "FK_207ae887ff089734334cd685238" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_mentions" ADD CONSTRAINT "FK_14b2cbfa36130bfb7e501632834" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_reactions" ADD CONSTRAINT "FK_595c9605f31a27c0c557c5befb9" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_reactions" ADD CONSTRAINT "FK_44f82a5bb8148dbec14882c1dc8" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "post_reactions" DROP CONSTRAINT "FK_44f82a5bb8148dbec14882c1dc8"`);
    await queryRunner.query(`ALTER TABLE "post_reactions" DROP CONSTRAINT "FK_595c9605f31a27c0c557c5befb9"`);
    await queryRunner.query(`ALTER TABLE "post_mentions" DROP CONSTRAINT "FK_14b2cbfa36130bfb7e501632834"`);
    await queryRunner.query(`ALTER TABLE "post_mentions" DROP CONSTRAINT "FK_207ae887ff089734334cd685238"`);
    await queryRunner.query(`ALTER TABLE "post_mentions" DROP CONSTRAINT "FK_7842d306938f9b2dceb988d270e"`);
    await queryRunner.query(`ALTER TABLE "post_edits" DROP CONSTRAINT "FK_65c1f1e7894d29d7aa65eb0829a"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_350aceeabe0866c8cccd009a8a5"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_312c63be865c81b922e39c2475e"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_d8be760cd953c4a98137c5237a6"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_c39b8500b5c74212a1de35e628d"`);
    await queryRunner.query(`ALTER TABLE "conversation_participants" DROP CONSTRAINT "FK_07c084542308e0dab023ed2416e"`);
    await queryRunner.query(`ALTER TABLE "conversation_participants" DROP CONSTRAINT "FK_1559e8a16b828f2e836a2312800"`);
    await queryRunner.query(`ALTER TABLE "conversation_invitations" DROP CONSTRAINT "FK_3eb86e3803d457e7896dee0aeb0"`);
    await queryRunner.query(`ALTER TABLE "conversation_invitations" DROP CONSTRAINT "FK_eb94cc68d15c0f1343a9f9328cc"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "FK_cd709b54ebbfa9bb7f783440656"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "FK_4f035f5701cbf936eb21c3853c8"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "FK_7a0e913a7c742285e69249381ec"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "FK_285e84ab2537d6af999be71aa55"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "FK_b77931c679b1f03b088be988800"`);
    await queryRunner.query(`DROP TABLE "post_reactions"`);
    await queryRunner.query(`DROP INDEX "public"."post_mentions_post_idx"`);
    await queryRunner.query(`DROP INDEX "public"."post_mentions_person_once"`);
    await queryRunner.query(`DROP INDEX "public"."post_mentions_network_once"`);
    await queryRunner.query(`DROP TABLE "post_mentions"`);
    await queryRunner.query(`DROP INDEX "public"."post_edits_post_idx"`);
    await queryRunner.query(`DROP TABLE "post_edits"`);
    await queryRunner.query(`DROP INDEX "public"."posts_parent_idx"`);
    await queryRunner.query(`DROP TABLE "posts"`);
    await queryRunner.query(`DROP INDEX "public"."conversation_participants_person_idx"`);
    await queryRunner.query(`DROP TABLE "conversation_participants"`);
    await queryRunner.query(`DROP INDEX "public"."conversation_invitations_code"`);
    await queryRunner.query(`DROP TABLE "conversation_invitations"`);
    await queryRunner.query(`DROP INDEX "public"."conversations_gathering_idx"`);
    await queryRunner.query(`DROP INDEX "public"."conversations_network_idx"`);
    await queryRunner.query(`DROP INDEX "public"."conversations_recent_idx"`);
    await queryRunner.query(`DROP TABLE "conversations"`);
  }
}
