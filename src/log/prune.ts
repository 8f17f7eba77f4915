import type { Kysely } from "kysely";
import type { LogDatabase } from "./schema.js";

const DAY_MS = 24 * 60 * 60_000;

/** Deletes questions and feedback older than `days` days before `now`; returns how many rows went. */
export async function pruneOlderThan(
  db: Kysely<LogDatabase>,
  now: Date,
  days: number,
): Promise<{ questions: number; feedback: number }> {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  const questions = await db
    .deleteFrom("questions")
    .where("asked_at", "<", cutoff)
    .executeTakeFirst();
  const feedback = await db
    .deleteFrom("feedback")
    .where("given_at", "<", cutoff)
    .executeTakeFirst();
  return {
    questions: Number(questions.numDeletedRows),
    feedback: Number(feedback.numDeletedRows),
  };
}
