import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Answer } from "../../src/core/index.js";
import { migrate, type OpenedDatabase, openDatabase } from "../../src/log/open-database.js";
import { pruneOlderThan } from "../../src/log/prune.js";
import {
  createQuestionLog,
  disabledQuestionLog,
  newQuestionId,
  type QuestionEntry,
  type QuestionLog,
} from "../../src/log/question-log.js";
import { createMemoryLogger } from "../../src/logger.js";
import { LOG_BACKENDS, POSTGRES_REQUIRED, POSTGRES_URL } from "./log-backends.js";

const ANSWER: Answer = {
  answered: true,
  answer:
    "Monday\n“The request came during his bilateral meeting with Oh on Monday.” (paragraph 2)",
  short: "Monday",
  confidence: 0.858,
  kind: "fact",
  sources: [
    {
      article: "cambodia-korea-busan-summit",
      title: "Cambodia urges…",
      paragraph: 2,
      text: "The request came during his bilateral meeting with Oh on Monday.",
    },
  ],
  suggestions: [],
  refs: ["cambodia-korea-busan-summit/bilateral-meeting-day"],
};

function entry(overrides: Partial<QuestionEntry> = {}): QuestionEntry {
  return {
    id: newQuestionId(),
    at: new Date("2026-03-01T10:00:00Z"),
    platform: "discord",
    conversationKind: "channel",
    conversation: "guild:1/channel:2/user:3",
    userId: "123456789012345678",
    question: "when did sokhonn meet the mayor?",
    asked: "when did sokhonn meet the mayor?",
    followUp: "standalone",
    form: "question",
    answer: ANSWER,
    ...overrides,
  };
}

test("PostgreSQL is there for the log's tests whenever CI runs them", () => {
  if (POSTGRES_REQUIRED)
    expect(POSTGRES_URL, "CI must set TEST_DATABASE_URL (.ci/run)").toBeTruthy();
});

describe.each(LOG_BACKENDS)("the question log on $name", (backend) => {
  let created: Awaited<ReturnType<typeof backend.create>>;
  let log: QuestionLog;
  let reader: OpenedDatabase;
  const logger = createMemoryLogger();

  beforeAll(async () => {
    created = await backend.create();
    log = createQuestionLog({
      target: created.target,
      salt: "test-salt",
      retentionDays: 90,
      logger,
    });
    reader = await openDatabase(created.target);
  });
  afterAll(async () => {
    await log?.close();
    await reader?.close();
    await created?.drop();
  });

  // SQLite only: PostgreSQL has no journal mode to check.
  if (backend.name === "sqlite") {
    test("SQLite runs in WAL mode, so the report reads while the bot writes", async () => {
      const target = created.target;
      if (target.kind !== "sqlite") return;
      const file = new Database(target.path, { readonly: true });
      expect(file.pragma("journal_mode", { simple: true })).toBe("wal");
      file.close();
    });
  }

  test("migrations are versioned: a second run applies nothing", async () => {
    expect(await migrate(reader.db)).toEqual([]);
  });

  test("stores a question with its answer, the user only as a salted hash", async () => {
    const e = entry();
    log.recordQuestion(e);
    await log.flush();
    const row = await reader.db
      .selectFrom("questions")
      .selectAll()
      .where("id", "=", e.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      platform: "discord",
      conversation_kind: "channel",
      question: e.question,
      answered: 1,
      answer_kind: "fact",
      short_answer: "Monday",
      answer_article: "cambodia-korea-busan-summit",
      asked_at: "2026-03-01T10:00:00.000Z",
    });
    expect(row.confidence).toBeCloseTo(0.858);
    expect(JSON.parse(row.refs)).toEqual(ANSWER.refs);
    expect(row.user_hash).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(row)).not.toContain("123456789012345678");
    expect(JSON.stringify(row)).not.toContain("guild:1");
    expect(await log.findQuestion(e.id)).toMatchObject({ id: e.id, question: e.question });
  });

  test("one verdict per user per answer: a second click changes it", async () => {
    const e = entry();
    log.recordQuestion(e);
    const feedback = { questionId: e.id, platform: "discord" as const, userId: "42" };
    log.recordFeedback({ ...feedback, at: new Date("2026-03-01T10:01:00Z"), verdict: "up" });
    log.recordFeedback({ ...feedback, at: new Date("2026-03-01T10:02:00Z"), verdict: "down" });
    log.recordFeedback({
      ...feedback,
      userId: "43",
      at: new Date("2026-03-01T10:03:00Z"),
      verdict: "up",
    });
    await log.flush();
    const rows = await reader.db
      .selectFrom("feedback")
      .select(["verdict", "user_hash"])
      .where("question_id", "=", e.id)
      .orderBy("given_at")
      .execute();
    expect(rows.map((r) => r.verdict)).toEqual(["down", "up"]);
    expect(new Set(rows.map((r) => r.user_hash)).size).toBe(2);
  });

  test("rows older than the retention period are deleted, newer ones kept", async () => {
    const old = entry({ at: new Date("2025-01-01T00:00:00Z") });
    const recent = entry({ at: new Date("2026-02-20T00:00:00Z") });
    log.recordQuestion(old);
    log.recordQuestion(recent);
    await log.flush();
    const deleted = await pruneOlderThan(reader.db, new Date("2026-03-01T00:00:00Z"), 90);
    expect(deleted.questions).toBeGreaterThanOrEqual(1);
    const ids = (await reader.db.selectFrom("questions").select("id").execute()).map((r) => r.id);
    expect(ids).not.toContain(old.id);
    expect(ids).toContain(recent.id);
  });

  test("many questions at once land in batches, none lost", async () => {
    const entries = Array.from({ length: 1200 }, (_, i) => entry({ question: `question ${i}` }));
    for (const e of entries) log.recordQuestion(e);
    await log.flush();
    const { n } = await reader.db
      .selectFrom("questions")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("question", "like", "question %")
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(1200);
    expect(logger.lines.filter((l) => l["level"] === "error")).toEqual([]);
  });
});

describe("a database that cannot be opened", () => {
  test("is reported once, and recording and flushing go on without throwing", async () => {
    const logger = createMemoryLogger();
    const log = createQuestionLog({
      target: { kind: "sqlite", path: "/dev/null/cannot/bot.db" },
      salt: "s",
      retentionDays: 90,
      logger,
      retryMs: 0,
    });
    for (let i = 0; i < 5; i++) {
      log.recordQuestion(entry());
      await log.flush();
    }
    expect(await log.findQuestion("x")).toBeUndefined();
    const errors = logger.lines.filter((l) => l["level"] === "error");
    expect(errors).toHaveLength(1);
    expect(String(errors[0]?.["message"])).toContain("answers go on without it");
    await log.close();
  });

  test("a PostgreSQL server that is not there is reported once too", async () => {
    const logger = createMemoryLogger();
    const log = createQuestionLog({
      target: { kind: "postgres", url: "postgres://qa@127.0.0.1:1/none" },
      salt: "s",
      retentionDays: 90,
      logger,
      retryMs: 0,
    });
    log.recordQuestion(entry());
    await log.flush();
    log.recordQuestion(entry());
    await log.flush();
    expect(logger.lines.filter((l) => l["level"] === "error")).toHaveLength(1);
    expect(JSON.stringify(logger.lines)).not.toContain("password");
    await log.close();
  });
});

test("QUESTION_LOG=off: a log that records nothing and never fails", async () => {
  const log = disabledQuestionLog();
  expect(log.enabled).toBe(false);
  log.recordQuestion(entry());
  await log.flush();
  expect(await log.findQuestion("x")).toBeUndefined();
});
