import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readEvalFile } from "../../src/cli/eval/eval-file.js";
import { runReport } from "../../src/cli/report/run-report.js";
import { createEngine, type Engine } from "../../src/core/index.js";
import { loadCorpus } from "../../src/data/load-knowledge.js";
import { newQuestionId } from "../../src/log/question-log.js";
import { FIXTURE_DATA_DIR } from "../fixtures/knowledge-dir.js";
import { type TempLog, tempQuestionLog } from "../log/temp-log.js";
import { memoryIo } from "./io.js";

/** Asked three times, not answered; the engine ranks a fact close below its threshold. */
const UNANSWERED = "which arrangement brings cambodian labour to korea";
const SEED = "cambodia-korea-busan-summit";

let temp: TempLog;
let dataDir: string;
let env: Record<string, string>;
let before: Engine;

beforeAll(async () => {
  temp = tempQuestionLog();
  dataDir = join(mkdtempSync(join(tmpdir(), "qa-suggest-")), "data");
  cpSync(FIXTURE_DATA_DIR, dataDir, { recursive: true });
  before = createEngine(loadCorpus(dataDir));
  for (let i = 0; i < 3; i++) {
    temp.log.recordQuestion({
      id: newQuestionId(),
      at: new Date(),
      platform: "slack",
      conversationKind: "dm",
      userId: `u${i}`,
      question: UNANSWERED,
      asked: UNANSWERED,
      followUp: "standalone",
      form: "question",
      answer: before.answer(UNANSWERED),
    });
  }
  await temp.log.flush();
  env = { DB_PATH: temp.path, KB_DIR: dataDir };
});

afterAll(async () => {
  await temp?.close();
  rmSync(join(dataDir, ".."), { recursive: true, force: true });
});

describe("npm run report -- --suggest", () => {
  test("proposes the most-asked unanswered question as a phrasing of the closest fact, writing nothing", async () => {
    expect(before.answer(UNANSWERED).answered).toBe(false);
    const io = memoryIo("", env);
    expect(await runReport(["--suggest", "--json"], io.io)).toBe(0);
    const { suggestions, written } = JSON.parse(io.stdout());
    expect(suggestions[0]).toMatchObject({ question: UNANSWERED, asked: 3, article: SEED });
    expect(written).toEqual([]);
    expect(existsSync(join(dataDir, SEED, "curated", "facts.json"))).toBe(false);
  });

  test("--apply writes a curated correction that answers the question and changes no other eval answer", async () => {
    const io = memoryIo("", env);
    expect(await runReport(["--suggest", "--apply"], io.io)).toBe(0);
    expect(io.stdout()).toContain("Written:");
    const file = join(dataDir, SEED, "curated", "facts.json");
    const curated = JSON.parse(readFileSync(file, "utf8"));
    expect(curated).toHaveLength(1);
    expect(curated[0].questions).toContain(UNANSWERED);

    const after = createEngine(loadCorpus(dataDir));
    const answer = after.answer(UNANSWERED);
    expect(answer.answered).toBe(true);
    expect(answer.refs).toContain(`${SEED}/${curated[0].id}`);

    const changed = readEvalFile("tests/eval/questions.jsonl")
      .map((item) => item.question)
      .filter((q) => q !== UNANSWERED)
      .filter((q) => {
        const [a, b] = [before.answer(q), after.answer(q)];
        return a.answered !== b.answered || a.refs.join() !== b.refs.join();
      });
    expect(changed).toEqual([]);
  });

  test("--apply alone is a usage error: it writes what --suggest proposes", async () => {
    const io = memoryIo("", env);
    expect(await runReport(["--apply"], io.io)).toBe(2);
  });
});
