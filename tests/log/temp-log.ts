import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../../src/log/open-database.js";
import { createQuestionLog, type QuestionLog } from "../../src/log/question-log.js";
import type { FeedbackRow, QuestionRow } from "../../src/log/schema.js";
import { createMemoryLogger } from "../../src/logger.js";

export interface TempLog {
  log: QuestionLog;
  path: string;
  /** Everything logged so far (flushes first), oldest first. */
  questions(): Promise<QuestionRow[]>;
  feedback(): Promise<FeedbackRow[]>;
  close(): Promise<void>;
}

/** A real question log in a SQLite file of a fresh temporary directory. */
export function tempQuestionLog(): TempLog {
  const dir = mkdtempSync(join(tmpdir(), "qa-temp-log-"));
  const path = join(dir, "bot.db");
  const log = createQuestionLog({
    target: { kind: "sqlite", path },
    salt: "test-salt-test-salt",
    retentionDays: 90,
    logger: createMemoryLogger(),
  });
  const read = async <T>(table: "questions" | "feedback", order: string): Promise<T[]> => {
    await log.flush();
    const opened = await openDatabase({ kind: "sqlite", path });
    try {
      return (await opened.db
        .selectFrom(table)
        .selectAll()
        .orderBy(order as never)
        .execute()) as T[];
    } finally {
      await opened.close();
    }
  };
  return {
    log,
    path,
    questions: () => read<QuestionRow>("questions", "asked_at"),
    feedback: () => read<FeedbackRow>("feedback", "given_at"),
    async close() {
      await log.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
