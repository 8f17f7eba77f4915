import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { readEvalFile } from "../../src/cli/eval/eval-file.js";
import { formatMisses } from "../../src/cli/eval/format-report.js";
import {
  type EvalResult,
  FLOORS,
  isAnswerable,
  scoreQuestions,
  summarise,
} from "../../src/cli/eval/score.js";
import { loadEngine } from "../../src/cli/shared/load-engine.js";
import { FIXTURE_DATA_DIR } from "../fixtures/knowledge-dir.js";

// The quality gate of the seed eval: the same scoring as `npm run eval`, on tests/eval/questions.jsonl.
// A failure lists every miss with what the bot answered.

const root = fileURLToPath(new URL("../..", import.meta.url));
const { engine } = loadEngine(FIXTURE_DATA_DIR);
const items = readEvalFile(join(root, "tests/eval/questions.jsonl"));
const summary = summarise(scoreQuestions(engine, items));
const missesWhere = (answerable: boolean): EvalResult[] =>
  summary.misses.filter((m) => isAnswerable(m.item) === answerable);

describe("eval floors", () => {
  test(`answers at least ${FLOORS.answerable * 100} % of answerable questions correctly`, () => {
    const { correct, total, rate } = summary.answerable;
    expect(total).toBeGreaterThan(0);
    expect(
      rate,
      `${correct}/${total} answerable questions correct.\n${formatMisses(missesWhere(true))}`,
    ).toBeGreaterThanOrEqual(FLOORS.answerable);
  });

  test(`abstains on at least ${FLOORS.unanswerable * 100} % of unanswerable questions`, () => {
    const { correct, total, rate } = summary.unanswerable;
    expect(total).toBeGreaterThan(0);
    expect(
      rate,
      `${correct}/${total} unanswerable questions abstained.\n${formatMisses(missesWhere(false))}`,
    ).toBeGreaterThanOrEqual(FLOORS.unanswerable);
  });
});
