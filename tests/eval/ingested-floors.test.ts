import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { ingestTexts } from "../../src/bench/build-corpus.js";
import { readEvalFile } from "../../src/cli/eval/eval-file.js";
import { formatMisses } from "../../src/cli/eval/format-report.js";
import { compareWithIngestion } from "../../src/cli/eval/ingested-alone.js";
import { type EvalSummary, scoreQuestions, summarise } from "../../src/cli/eval/score.js";
import { createEngine } from "../../src/core/index.js";
import { loadCorpus } from "../../src/data/load-knowledge.js";
import { FIXTURE_DATA_DIR } from "../fixtures/knowledge-dir.js";

// Quality gate for articles nobody curated: the fixtures and the seed, ingested in memory and
// asked their own eval questions. Floors are the counts measured when they were last raised;
// a change that answers fewer of them fails and lists the misses.

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixtures = join(root, "tests/fixtures/articles");

/** Correct answers (answerable) and abstentions (unanswerable) of the fitted engine, measured on 2026-12-01. */
const FLOORS: Record<string, { answerable: number; unanswerable: number }> = {
  "gdansk-marathon": { answerable: 27, unanswerable: 6 },
  "porto-novo-wind-farm": { answerable: 29, unanswerable: 7 },
  "riverside-childrens-cancer-wing": { answerable: 23, unanswerable: 7 },
  "seed from ingestion alone": { answerable: 117, unanswerable: 53 },
};

function expectFloors(name: string, summary: EvalSummary): void {
  const floor = FLOORS[name];
  if (!floor) throw new Error(`no floor for ${name}`);
  const misses = formatMisses(summary.misses);
  expect(summary.answerable.correct, misses).toBeGreaterThanOrEqual(floor.answerable);
  expect(summary.unanswerable.correct, misses).toBeGreaterThanOrEqual(floor.unanswerable);
}

describe("ingested articles answer their own eval questions", () => {
  const names = readdirSync(fixtures)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -".txt".length));

  test("every fixture has a floor", () => {
    expect(names.sort()).toEqual(
      Object.keys(FLOORS)
        .filter((n) => !n.startsWith("seed"))
        .sort(),
    );
  });

  test.each(names)("%s", (name) => {
    const text = readFileSync(join(fixtures, `${name}.txt`), "utf8");
    const engine = createEngine(ingestTexts([{ text }]));
    const items = readEvalFile(join(fixtures, `${name}.questions.jsonl`));
    expectFloors(name, summarise(scoreQuestions(engine, items)));
  });

  test("the seed, from ingestion alone", () => {
    const items = readEvalFile(join(root, "tests/eval/questions.jsonl"));
    const comparison = compareWithIngestion(loadCorpus(FIXTURE_DATA_DIR), items);
    if (!comparison) throw new Error("the seed is not curated");
    expectFloors("seed from ingestion alone", comparison.ingested);
  });
});
