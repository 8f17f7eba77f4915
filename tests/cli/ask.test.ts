import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { DATA_DIR, runScript } from "./spawn-script.js";

// End to end through a real `node --import tsx src/cli/ask.ts` process; the in-process
// cases live in ask/run-ask.test.ts. Each spawn costs about a second, so these run concurrently.

const ASK = "src/cli/ask.ts";
const ARTICLE = "cambodia-korea-busan-summit";
const ANSWER_KEYS = [
  "answer",
  "answered",
  "confidence",
  "kind",
  "refs",
  "short",
  "sources",
  "suggestions",
];

describe.concurrent("npm run ask (a real process)", { timeout: 60_000 }, () => {
  const badData = mkdtempSync(join(tmpdir(), "qa-bot-bad-data-"));
  afterAll(() => rmSync(badData, { recursive: true, force: true }));

  test("prints the short answer with its supporting paragraph", async () => {
    const result = await runScript(ASK, ["--data", DATA_DIR, "how many Cambodians work in Busan"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("9,000");
    expect(result.stdout).toContain("paragraph 4");
  });

  test("--json prints the Answer as exactly one JSON object", async () => {
    const result = await runScript(ASK, [
      "--data",
      DATA_DIR,
      "--json",
      "how many Cambodians work in Busan",
    ]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0] ?? "");
    // `alternatives` (the next-best answers) is there only when something else came close.
    expect(
      Object.keys(answer)
        .filter((k) => k !== "alternatives")
        .sort(),
    ).toEqual(ANSWER_KEYS);
    expect(answer.answered).toBe(true);
    expect(answer.short).toContain("9,000");
    expect(answer.sources[0]).toMatchObject({ article: ARTICLE, paragraph: 4 });
  });

  test("--jsonl answers each stdin line in order, one JSON object per line and nothing else", async () => {
    const questions = ["how many Cambodians work in Busan", "", "who is the mayor of Seoul"];
    const result = await runScript(ASK, ["--data", DATA_DIR, "--jsonl"], {
      stdin: `${questions.join("\n")}\n`,
    });
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines.pop()).toBe(""); // the output ends with a newline, and holds nothing more
    expect(lines).toHaveLength(3);
    const answers = lines.map((line) => JSON.parse(line));
    expect(answers.map((a) => a.question)).toEqual(questions);
    for (const answer of answers) {
      expect(
        Object.keys(answer)
          .filter((k) => k !== "alternatives")
          .sort(),
      ).toEqual(["question", ...ANSWER_KEYS].sort());
    }
    expect(answers[1]).toMatchObject({ answered: false, kind: "none" });
  });

  test("an unknown flag prints the usage on stderr and exits 2", async () => {
    const result = await runScript(ASK, ["--bogus", "question"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("--bogus");
    expect(result.stderr).toContain("Usage:");
  });

  test("no question prints the usage on stderr and exits 2", async () => {
    const result = await runScript(ASK, ["--data", DATA_DIR]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Usage:");
  });

  test("invalid data stops it with a message naming the file, entry and field, exit 1", async () => {
    const folder = join(badData, ARTICLE);
    cpSync(join(DATA_DIR, ARTICLE, "article.json"), join(folder, "article.json"));
    writeFileSync(join(folder, "entities.json"), "[]");
    writeFileSync(join(folder, "quotes.json"), "[]");
    const badFact = { id: "bad-fact", paragraph: "four", answerType: "number", answer: "x" };
    writeFileSync(join(folder, "facts.json"), JSON.stringify([badFact]));

    const result = await runScript(ASK, ["--data", badData, "how many workers"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(join(folder, "facts.json"));
    expect(result.stderr).toContain('"bad-fact"');
    expect(result.stderr).toContain('"paragraph"');
  });
});
