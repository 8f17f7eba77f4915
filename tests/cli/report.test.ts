import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runReport } from "../../src/cli/report/run-report.js";
import type { Answer } from "../../src/core/index.js";
import type { LogTarget } from "../../src/log/open-database.js";
import { createQuestionLog, newQuestionId } from "../../src/log/question-log.js";
import { createMemoryLogger } from "../../src/logger.js";
import { LOG_BACKENDS } from "../log/log-backends.js";
import { memoryIo } from "./io.js";

const answered = (short: string, ref: string): Answer => ({
  answered: true,
  answer: short,
  short,
  confidence: 0.9,
  kind: "fact",
  sources: [{ article: "cambodia-korea-busan-summit", title: "T", paragraph: 2, text: "…" }],
  suggestions: [],
  refs: [`cambodia-korea-busan-summit/${ref}`],
});
const abstained: Answer = {
  answered: false,
  answer: "The article doesn't say.",
  short: "The article doesn't say.",
  confidence: 0.2,
  kind: "none",
  sources: [],
  suggestions: [],
  refs: [],
};

/** Three days of questions: the answer rate goes 50 %, 100 %, 0 %; one answer gets two 👎. */
async function seed(target: LogTarget): Promise<void> {
  const log = createQuestionLog({
    target,
    salt: "salt-salt-salt-salt",
    retentionDays: 3650,
    logger: createMemoryLogger(),
  });
  const ask = (day: string, question: string, answer: Answer) => {
    const id = newQuestionId();
    log.recordQuestion({
      id,
      at: new Date(`${day}T12:00:00Z`),
      platform: "discord",
      conversationKind: "channel",
      userId: "u1",
      question,
      asked: question,
      followUp: "standalone",
      form: "question",
      answer,
    });
    return id;
  };
  ask("2026-03-01", "who is the mayor of Seoul?", abstained);
  ask(
    "2026-03-01",
    "how many Cambodians work in Busan?",
    answered("Over 9,000", "cambodians-in-busan"),
  );
  const wrong = ask(
    "2026-03-02",
    "when did they meet?",
    answered("Monday", "bilateral-meeting-day"),
  );
  const wrong2 = ask(
    "2026-03-02",
    "when was the meeting?",
    answered("Monday", "bilateral-meeting-day"),
  );
  ask("2026-03-03", "Who's the mayor of Seoul??", abstained);
  ask("2026-03-03", "<script>alert(1)</script>", abstained);
  for (const [id, user] of [
    [wrong, "u1"],
    [wrong2, "u2"],
  ] as const) {
    log.recordFeedback({
      questionId: id,
      at: new Date("2026-03-02T13:00:00Z"),
      platform: "discord",
      userId: user,
      verdict: "down",
    });
  }
  await log.close();
}

describe.each(LOG_BACKENDS)("npm run report on $name", (backend) => {
  let created: Awaited<ReturnType<typeof backend.create>>;
  let env: Record<string, string>;
  const dir = mkdtempSync(join(tmpdir(), "qa-report-"));

  beforeAll(async () => {
    created = await backend.create();
    await seed(created.target);
    env =
      created.target.kind === "postgres"
        ? { DATABASE_URL: created.target.url }
        : { DB_PATH: created.target.path };
  });
  afterAll(async () => {
    await created?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("--json: answer rate, unanswered questions grouped, 👎 answers, per day and per article", async () => {
    const io = memoryIo("", env);
    expect(await runReport(["--json"], io.io, new Date("2026-03-04T00:00:00Z"))).toBe(0);
    const report = JSON.parse(io.stdout());
    expect(report.totals).toMatchObject({
      questions: 6,
      answered: 3,
      answerRate: 0.5,
      down: 2,
      up: 0,
    });
    expect(report.unanswered[0]).toMatchObject({
      question: "who is the mayor of Seoul?",
      count: 2,
    });
    expect(report.disliked).toEqual([
      expect.objectContaining({
        answer: "Monday",
        down: 2,
        refs: ["cambodia-korea-busan-summit/bilateral-meeting-day"],
      }),
    ]);
    expect(
      report.disliked[0].questions.map((q: { question: string }) => q.question).sort(),
    ).toEqual(["when did they meet?", "when was the meeting?"]);
    expect(
      report.byDay.map((d: { day: string; answerRate: number }) => [d.day, d.answerRate]),
    ).toEqual([
      ["2026-03-01", 0.5],
      ["2026-03-02", 1],
      ["2026-03-03", 0],
    ]);
    expect(report.byArticle[0]).toMatchObject({ article: "(none)", questions: 3 });
  });

  test("--days limits the report to recent days", async () => {
    const io = memoryIo("", env);
    await runReport(["--json", "--days", "1"], io.io, new Date("2026-03-04T00:00:00Z"));
    expect(JSON.parse(io.stdout()).totals.questions).toBe(2);
  });

  test("--html writes one static page with an inline SVG chart, escaped text and no network", async () => {
    const file = join(dir, `${backend.name}.html`);
    const io = memoryIo("", env);
    expect(await runReport(["--html", file], io.io, new Date("2026-03-04T00:00:00Z"))).toBe(0);
    expect(io.stdout()).toContain("Unanswered questions");
    const html = readFileSync(file, "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("<svg");
    expect(html).toContain("<polyline");
    expect(html.match(/<circle /g)).toHaveLength(3);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script");
    // Nothing to fetch: the only URL is the SVG namespace.
    expect(html.match(/https?:\/\/[^"\s]+/g)).toEqual(["http://www.w3.org/2000/svg"]);
    expect(html).not.toMatch(/<(link|img|iframe)\b/);
  });
});

test("a log that cannot be read is a clear error, exit 1", async () => {
  const io = memoryIo("", { DB_PATH: "/dev/null/x/bot.db" });
  expect(await runReport([], io.io)).toBe(1);
  expect(io.stderr()).toContain("Cannot read the question log at /dev/null/x/bot.db");
});

test("bad usage: exit 2 with the usage", async () => {
  const io = memoryIo("", {});
  expect(await runReport(["--days", "zero"], io.io)).toBe(2);
  expect(io.stderr()).toContain("Usage: npm run report");
});
