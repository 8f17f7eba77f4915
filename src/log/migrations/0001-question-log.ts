import type { Kysely, Migration } from "kysely";

/** The questions and the 👍/👎 given to their answers. */
export const questionLog: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("questions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("asked_at", "text", (c) => c.notNull())
      .addColumn("platform", "text", (c) => c.notNull())
      .addColumn("conversation_kind", "text", (c) => c.notNull())
      .addColumn("conversation", "text")
      .addColumn("user_hash", "text")
      .addColumn("question", "text", (c) => c.notNull())
      .addColumn("asked", "text", (c) => c.notNull())
      .addColumn("follow_up", "text", (c) => c.notNull())
      .addColumn("form", "text", (c) => c.notNull())
      .addColumn("article_scope", "text")
      .addColumn("answer_article", "text")
      .addColumn("answered", "integer", (c) => c.notNull())
      .addColumn("confidence", "double precision", (c) => c.notNull())
      .addColumn("answer_kind", "text", (c) => c.notNull())
      .addColumn("short_answer", "text", (c) => c.notNull())
      .addColumn("refs", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("questions_asked_at").on("questions").column("asked_at").execute();
    await db.schema
      .createTable("feedback")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("question_id", "text", (c) => c.notNull())
      .addColumn("given_at", "text", (c) => c.notNull())
      .addColumn("platform", "text", (c) => c.notNull())
      .addColumn("user_hash", "text", (c) => c.notNull())
      .addColumn("verdict", "text", (c) => c.notNull())
      .execute();
    // One verdict per user per answer: a second click changes it.
    await db.schema
      .createIndex("feedback_one_per_user")
      .on("feedback")
      .columns(["question_id", "user_hash"])
      .unique()
      .execute();
    await db.schema.createIndex("feedback_given_at").on("feedback").column("given_at").execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("feedback").execute();
    await db.schema.dropTable("questions").execute();
  },
};
