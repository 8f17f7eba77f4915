import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runAsk } from "../../../src/cli/ask/run-ask.js";
import { openDatabase } from "../../../src/log/open-database.js";
import { memoryIo } from "../io.js";
import { DATA_DIR } from "../spawn-script.js";

const ARTICLE = "cambodia-korea-busan-summit";

async function ask(args: string[], stdin = "", env: Record<string, string> = {}) {
  const mem = memoryIo(stdin, env);
  const code = await runAsk(args, mem.io);
  return { code, stdout: mem.stdout(), stderr: mem.stderr() };
}

describe("runAsk (npm run ask, in-process)", () => {
  test.each([
    ["no question", []],
    ["an empty question", [""]],
    ["a whitespace-only question", ["   "]],
    ["an unknown flag", ["--bogus", "question"]],
    ["--data without a value", ["question", "--data"]],
    ["a question together with --jsonl", ["--jsonl", "question"]],
  ])("%s is bad usage: the usage on stderr, nothing on stdout, exit 2", async (_name, args) => {
    const result = await ask(["--data", DATA_DIR, ...args]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Usage:");
  });

  test("--help prints the usage on stdout and exits 0", async () => {
    const result = await ask(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("--jsonl");
    expect(result.stdout).toContain("--article ID");
  });

  test("an unknown --article id is an error naming it and the known ids, exit 2", async () => {
    const result = await ask(["--data", DATA_DIR, "--article", "nope", "who is the mayor"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('"nope"');
    expect(result.stderr).toContain(ARTICLE);
  });

  test("KB_DIR is used when --data is absent", async () => {
    const result = await ask(["--json", "hello"], "", { KB_DIR: "/no/such/dir" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("/no/such/dir");
  });

  test("--data wins over KB_DIR", async () => {
    const result = await ask(["--data", DATA_DIR, "--json", "hello"], "", {
      KB_DIR: "/no/such/dir",
    });
    expect(result.code).toBe(0);
  });

  test("prints the answer with its paragraph and the article's title", async () => {
    const result = await ask(["--data", DATA_DIR, "how many Cambodians work in Busan"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("9,000");
    expect(result.stdout).toMatch(/\(paragraph 4, [^)]+\)/);
  });

  test("an unanswerable question prints the abstention and questions to try", async () => {
    const result = await ask(["--data", DATA_DIR, "who is the mayor of Seoul"]);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toMatch(/doesn.t say|does not say/i);
    expect(result.stdout).toContain("Try asking:");
    expect(result.stdout).not.toContain("(paragraph"); // no source is cited for an abstention
  });

  test("--article scopes --jsonl answers too", async () => {
    const result = await ask(
      ["--data", DATA_DIR, "--jsonl", "--article", ARTICLE],
      "how many Cambodians work in Busan\n",
    );
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.stdout);
    for (const source of answer.sources) expect(source.article).toBe(ARTICLE);
  });

  test("--jsonl with odd input (huge, emoji, control characters) keeps one line per question", async () => {
    const questions = ["x".repeat(100_000), "🙂🙂 who?", "\u0000\u0007 \u200b", "'=!^$|"];
    const result = await ask(["--data", DATA_DIR, "--jsonl"], questions.join("\n"));
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.map((line) => JSON.parse(line).question)).toEqual(questions);
  });

  test("--jsonl splits lines only at \\n: a lone \\r stays inside its question, a \\r\\n ending is dropped", async () => {
    const input =
      "how many Cambodians\rwork in Busan\r\nwho is Kin Phea\n\nlast line without an ending";
    const result = await ask(["--data", DATA_DIR, "--jsonl"], input);
    expect(result.code).toBe(0);
    const questions = result.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line).question);
    expect(questions).toEqual([
      "how many Cambodians\rwork in Busan",
      "who is Kin Phea",
      "",
      "last line without an ending",
    ]);
  });
});

describe("--jsonl conversations", () => {
  test("lines with the same conversation id are turns of one conversation, in order", async () => {
    const lines = [
      { question: "when did Sokhonn meet the mayor?", conversation: "a" },
      { question: "when did Sokhonn meet the mayor?", conversation: 7 },
      { question: "and what did he ask him?", conversation: "a" },
      "and what did he ask him?",
    ].map((l) => (typeof l === "string" ? l : JSON.stringify(l)));
    const result = await ask(["--data", DATA_DIR, "--jsonl"], lines.join("\n"));
    expect(result.code).toBe(0);
    const out = result.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[1].conversation).toBe("7");
    expect(out[2]).toMatchObject({
      conversation: "a",
      followUp: "pronoun",
      asked: "what did Prak Sokhonn ask Oh Keo-don",
    });
    expect(out[2].short).toContain("welfare");
    // A plain-text line stays a one-off question: no conversation to lean on.
    expect(out[3].conversation).toBeUndefined();
    expect(out[3].short).not.toContain("welfare");
  });

  test("questions are logged only when a database is named", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qa-ask-log-"));
    try {
      const dbPath = join(dir, "log.db");
      await ask(["--data", DATA_DIR, "--jsonl"], "who is Kin Phea?\n", { DB_PATH: dbPath });
      const opened = await openDatabase({ kind: "sqlite", path: dbPath });
      const rows = await opened.db.selectFrom("questions").selectAll().execute();
      await opened.close();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        platform: "cli",
        conversation_kind: "batch",
        question: "who is Kin Phea?",
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
