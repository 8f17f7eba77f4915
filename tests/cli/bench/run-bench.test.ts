import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { benchmark, runBench } from "../../../src/cli/bench/run-bench.js";
import type { EvalQuestion } from "../../../src/cli/eval/eval-file.js";
import { memoryIo } from "../io.js";
import { DATA_DIR } from "../spawn-script.js";

const dir = mkdtempSync(join(tmpdir(), "qa-bot-bench-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const questions: EvalQuestion[] = [
  { question: "how many Cambodians work in Busan", expect: [], type: "number", line: 1 },
  { question: "who is the mayor of Seoul", expect: [], type: "unanswerable", line: 2 },
];

describe("npm run bench", () => {
  test("answers every question once per round and reports ordered latency figures", async () => {
    const file = join(dir, "q.jsonl");
    writeFileSync(file, questions.map((q) => JSON.stringify(q)).join("\n"));
    const mem = memoryIo();
    const code = await runBench(
      [
        ...["--data", DATA_DIR, "--file", file, "--rounds", "3", "--warmup", "1"],
        ...["--stored-index", "use", "--json"],
      ],
      mem.io,
    );
    expect(code).toBe(0);
    const report = JSON.parse(mem.stdout());
    expect(report).toMatchObject({ questions: 2, rounds: 3, warmupRounds: 1, answers: 6 });
    const { p50, p99, max } = report.latency;
    expect(p50).toBeGreaterThan(0);
    expect(p50).toBeLessThanOrEqual(p99);
    expect(p99).toBeLessThanOrEqual(max);
    expect(report.questionsPerSecond).toBeGreaterThan(0);
    expect(report.memory.rss).toBeGreaterThan(0);
  });

  test("builds the corpus through the function it is given", () => {
    let built = 0;
    const report = benchmark(
      () => {
        built++;
        return { corpus: [], description: "an empty corpus" };
      },
      questions,
      1,
      0,
    );
    expect(built).toBe(1);
    expect(report).toMatchObject({ corpus: "an empty corpus", articles: 0, answers: 2 });
  });

  test("times start-up with and without stored indexes, each in its own process", async () => {
    const file = join(dir, "q2.jsonl");
    writeFileSync(file, questions.map((q) => JSON.stringify(q)).join("\n"));
    const mem = memoryIo();
    const args = ["--data", DATA_DIR, "--file", file, "--rounds", "1", "--warmup", "0"];
    expect(await runBench([...args, "--json"], mem.io)).toBe(0);
    const report = JSON.parse(mem.stdout());
    expect(report.index).toEqual({
      stored: 0,
      built: { "no stored index": ["cambodia-korea-busan-summit"] },
      unreadable: [],
    });
    expect(report.withoutStoredIndex.loadNs).toBeGreaterThan(0);
  }, 60_000);

  test.each([
    ["--stored-index", "maybe"],
    ["--rounds", "0"],
    ["--rounds", "many"],
    ["--warmup", "-1"],
  ])("%s %s is bad usage", async (flag, value) => {
    const mem = memoryIo();
    expect(await runBench([flag, value], mem.io)).toBe(2);
    expect(mem.stderr()).toContain(flag);
  });
});
