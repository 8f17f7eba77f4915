import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { runEval } from "../../../src/cli/eval/run-eval.js";
import { FLOORS, TARGETS } from "../../../src/cli/eval/score.js";
import { memoryIo } from "../io.js";
import { DATA_DIR } from "../spawn-script.js";

const dir = mkdtempSync(join(tmpdir(), "qa-bot-eval-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function evalFile(name: string, lines: object[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => JSON.stringify(l)).join("\n"));
  return path;
}

async function run(args: string[]) {
  const mem = memoryIo();
  const code = await runEval(["--data", DATA_DIR, ...args], mem.io);
  return { code, stdout: mem.stdout(), stderr: mem.stderr() };
}

describe("npm run eval", () => {
  const file = evalFile("small.jsonl", [
    { question: "who is the mayor of Seoul", expect: [], type: "unanswerable" },
    { question: "what is the capital of France", expect: [], type: "unanswerable" },
    { question: "ask me nothing", expect: ["no-such-fact"], type: "number" },
  ]);

  test("prints accuracy per type and overall, the misses, and exits 1 below the floors", async () => {
    const result = await run(["--file", file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/unanswerable\s+\d\/2/);
    expect(result.stdout).toMatch(/number\s+0\/1\s+0\.0 %/);
    expect(result.stdout).toMatch(/overall\s+\d\/3/);
    expect(result.stdout).toContain('line 3 [number] "ask me nothing"');
    expect(result.stdout).toContain("expected: no-such-fact");
    expect(result.stdout).toContain("line 3: no-such-fact"); // flagged as an unknown id
    expect(result.stdout).toContain("Below the floors");
  });

  test("--json prints a machine-readable summary", async () => {
    const result = await run(["--file", file, "--json"]);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({
      questions: 3,
      answerable: { correct: 0, total: 1, rate: 0 },
      floors: FLOORS,
      targets: TARGETS,
      meetsFloors: false,
      unknownExpectedIds: [{ line: 3, id: "no-such-fact" }],
    });
    expect(summary.misses[0]).toMatchObject({ line: 3, question: "ask me nothing" });
  });

  test("reports the curated articles from ingestion alone next to curated", async () => {
    const result = await run(["--file", file]);
    expect(result.stdout).toMatch(/From ingestion alone \(cambodia-korea-busan-summit/);
    expect(result.stdout).toMatch(/unanswerable\s+\d\/2\s+[\d.]+ %\s+\d\/2/);
    const json = JSON.parse((await run(["--file", file, "--json"])).stdout);
    expect(json.ingestedAlone.articles).toEqual(["cambodia-korea-busan-summit"]);
    expect(json.ingestedAlone.ingested.unanswerable.total).toBe(2);
  });

  test("exits 0 when the floors are met", async () => {
    const easy = evalFile("easy.jsonl", [
      { question: "what is the capital of France", expect: [], type: "unanswerable" },
    ]);
    const result = await run(["--file", easy]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Floors met.");
  });

  test("an unreadable or invalid eval file is an error naming it, exit 1", async () => {
    const missing = await run(["--file", join(dir, "missing.jsonl")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("missing.jsonl");

    const invalid = join(dir, "invalid.jsonl");
    writeFileSync(invalid, '{"question": "q", "expect": "workers"}\n');
    const bad = await run(["--file", invalid]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${invalid}:1: field "expect"`);
  });

  test("a line scoped to an unknown article is an error", async () => {
    const scoped = evalFile("scoped.jsonl", [
      { question: "q", expect: [], type: "unanswerable", article: "nope" },
    ]);
    const result = await run(["--file", scoped]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"nope"');
  });

  test("bad usage exits 2", async () => {
    expect((await run(["--bogus"])).code).toBe(2);
    expect((await run(["stray"])).code).toBe(2);
  });
});
