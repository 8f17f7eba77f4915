import type { Kysely } from "kysely";
import type { FeedbackRow, LogDatabase, QuestionRow } from "./schema.js";

export interface LogContents {
  questions: QuestionRow[];
  feedback: FeedbackRow[];
}

/** Every question and feedback row from `since` on (ISO time), oldest first. */
export async function readLog(db: Kysely<LogDatabase>, since?: string): Promise<LogContents> {
  let questions = db.selectFrom("questions").selectAll().orderBy("asked_at");
  let feedback = db.selectFrom("feedback").selectAll().orderBy("given_at");
  if (since) {
    questions = questions.where("asked_at", ">=", since);
    feedback = feedback.where("given_at", ">=", since);
  }
  const [q, f] = await Promise.all([questions.execute(), feedback.execute()]);
  // PostgreSQL hands back double precision as numbers, but be sure: the report does arithmetic.
  return {
    questions: q.map((row) => ({
      ...row,
      confidence: Number(row.confidence),
      answered: Number(row.answered),
    })),
    feedback: f,
  };
}
