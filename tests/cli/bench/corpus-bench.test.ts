import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { syntheticCorpus } from "../../../src/cli/bench/corpus-on-disk.js";
import { formatCurve, parseSizes, runBench, targetsFor } from "../../../src/cli/bench/run-bench.js";
import { memoryIo } from "../io.js";
import { DATA_DIR } from "../spawn-script.js";

const dir = mkdtempSync(join(tmpdir(), "qa-bot-corpus-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, "q.jsonl");
writeFileSync(
  file,
  [
    {
      question: "how many Cambodians live in Busan",
      expect: ["cambodians-in-busan"],
      type: "number",
    },
    { question: "who is the mayor of Seoul", expect: [], type: "unanswerable" },
  ]
    .map((q) => JSON.stringify(q))
    .join("\n"),
);
const benchDirs = () => readdirSync(tmpdir()).filter((d) => d.startsWith("qa-bot-bench-corpus-"));

describe("npm run bench -- --articles", () => {
  test("the corpus is the seed, the fixtures ingested, then generated articles", () => {
    const corpus = syntheticCorpus(6, DATA_DIR, "tests/fixtures/articles");
    expect(corpus).toHaveLength(6);
    expect(corpus[0]?.article.id).toBe("cambodia-korea-busan-summit");
    expect(corpus.filter((k) => k.article.origin === "ingested").length).toBeGreaterThanOrEqual(3);
    expect(new Set(corpus.map((k) => k.article.id)).size).toBe(6);
  });

  test("one size: start-up from disk, memory, latency and the eval scoped and corpus-wide", async () => {
    const before = benchDirs();
    const mem = memoryIo();
    const args = ["--data", DATA_DIR, "--file", file, "--articles", "8", "--rounds", "2"];
    expect(await runBench([...args, "--warmup", "0", "--json"], mem.io)).toBe(0);
    const report = JSON.parse(mem.stdout());
    expect(report.articles).toBe(8);
    expect(report.rounds).toBe(2); // the measuring options reach the measuring process
    expect(report.loadNs).toBeGreaterThan(0);
    expect(report.buildNs).toBeGreaterThan(0);
    // Timed as the bot starts, from the stored indexes `npm run index` wrote, and without them.
    expect(report.index).toEqual({ stored: 8, built: {}, unreadable: [] });
    expect(report.withoutStoredIndex.loadNs).toBeGreaterThan(0);
    expect(report.indexWriteNs).toBeGreaterThan(0);
    expect(report.reload).toMatchObject({ articles: 9, found: true });
    expect(report.accuracy.scoped.answerable).toMatchObject({ correct: 1, total: 1 });
    expect(report.accuracy.corpusWide.unanswerable.total).toBe(1);
    expect(benchDirs().filter((d) => !before.includes(d))).toEqual([]); // the corpus written is gone
  }, 120_000);

  test("the text report names start-up, the targets and both accuracies", async () => {
    const mem = memoryIo();
    const args = ["--data", DATA_DIR, "--file", file, "--articles", "5", "--rounds", "1"];
    expect(await runBench([...args, "--warmup", "0"], mem.io)).toBe(0);
    expect(mem.stdout()).toMatch(/Start-up with stored index \(5 read, 0 built\): [\d.]+ ms/);
    expect(mem.stdout()).toMatch(
      /Start-up without stored index \(load, validate, build\): [\d.]+ ms/,
    );
    expect(mem.stdout()).toMatch(/Reload of one new article into the running bot: [\d.]+ ms/);
    expect(mem.stdout()).toMatch(/Targets up to 1,000 articles: start-up ≤ 1 s (met|NOT met)/);
    expect(mem.stdout()).toMatch(/Eval scoped to its article: answerable 1\/1/);
  }, 120_000);

  test.each(["0", "ten", "1,,2", "-5"])("--articles %s is bad usage", async (value) => {
    const mem = memoryIo();
    expect(await runBench(["--articles", value], mem.io)).toBe(2);
    expect(mem.stderr()).toContain("--articles");
  });

  test("a missing fixtures folder is a clear message and exit 1", async () => {
    const mem = memoryIo();
    const args = [
      "--data",
      DATA_DIR,
      "--file",
      file,
      "--articles",
      "3",
      "--fixtures",
      join(dir, "none"),
    ];
    expect(await runBench(args, mem.io)).toBe(1);
    expect(mem.stderr()).toContain("Fixtures folder not found");
  });

  test("a list of sizes parses in order", () => {
    expect(parseSizes("1,100, 1000")).toEqual([1, 100, 1000]);
    expect(parseSizes("3")).toEqual([3]);
  });

  test("the curve has one row per size", () => {
    const row = {
      articles: 100,
      loadNs: 1e6,
      buildNs: 2e6,
      memory: { rss: 1e8, heapUsed: 1 },
      latency: { count: 1, p50: 1e5, p90: 1e5, p99: 2e5, max: 2e5, mean: 1e5 },
    };
    const text = formatCurve([row, { ...row, articles: 1000 }] as never);
    expect(text.split("\n")).toHaveLength(3);
    expect(text).toMatch(/^\s+1000\s+3\.000 ms/m);
  });
});

describe("the targets a corpus is held to", () => {
  test("up to 1,000 articles the 1,000 tier, up to 10,000 the 10,000 tier, then none", () => {
    expect(targetsFor(5)?.startupNs).toBe(1_000_000_000);
    expect(targetsFor(1_000)?.p99Ns).toBe(20_000_000);
    expect(targetsFor(1_001)?.startupNs).toBe(5_000_000_000);
    expect(targetsFor(10_000)?.p50Ns).toBeUndefined();
    expect(targetsFor(10_001)).toBeUndefined();
  });
});
