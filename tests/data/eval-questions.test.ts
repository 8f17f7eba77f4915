import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { ANSWER_TYPES } from "../../src/core/knowledge/schema.js";
import { loadCorpus } from "../../src/data/load-knowledge.js";
import { FIXTURE_DATA_DIR } from "../fixtures/knowledge-dir.js";

/**
 * The evaluation set (tests/eval/questions.jsonl) must stay consistent with the corpus: ids that
 * exist, every fact and quote asked more than once, and no question copied from facts.json
 * (the eval measures generalisation, not recall of the curated phrasings).
 */

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const corpus = loadCorpus(FIXTURE_DATA_DIR);
const evalPath = join(repoRoot, "tests", "eval", "questions.jsonl");

const EvalLineSchema = z
  .strictObject({
    question: z.string().trim().min(1),
    expect: z.array(z.string()),
    type: z.enum([...ANSWER_TYPES, "quote", "unanswerable"]),
  })
  .refine((l) => (l.type === "unanswerable") === (l.expect.length === 0), {
    message: "unanswerable questions expect nothing; answerable ones expect at least one id",
  });

const lines = readFileSync(evalPath, "utf8")
  .split("\n")
  .map((text, i) => ({ text, lineNumber: i + 1 }))
  .filter((l) => l.text.trim().length > 0);

const parsed = lines.map(({ text, lineNumber }) => {
  const result = EvalLineSchema.safeParse(JSON.parse(text));
  if (!result.success) {
    throw new Error(`${evalPath}:${lineNumber}: ${z.prettifyError(result.error)}`);
  }
  return result.data;
});

/** Case, punctuation and spacing do not make a question different. */
const normalise = (q: string): string =>
  q
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .replace(/\s+/g, " ")
    .trim();

const knowledgeIds = new Set(corpus.flatMap((k) => [...k.facts, ...k.quotes].map((x) => x.id)));

describe("evaluation questions", () => {
  test("has at least 170 answerable and 50 unanswerable questions", () => {
    const unanswerable = parsed.filter((l) => l.type === "unanswerable").length;
    expect(parsed.length - unanswerable).toBeGreaterThanOrEqual(170);
    expect(unanswerable).toBeGreaterThanOrEqual(50);
  });

  test("every expected id is a fact or quote in the corpus", () => {
    const unknown = parsed.flatMap((l) => l.expect.filter((id) => !knowledgeIds.has(id)));
    expect(unknown).toEqual([]);
  });

  test("every fact and quote is expected by at least two questions", () => {
    const counts = new Map<string, number>();
    for (const l of parsed) for (const id of l.expect) counts.set(id, (counts.get(id) ?? 0) + 1);
    const underAsked = [...knowledgeIds].filter((id) => (counts.get(id) ?? 0) < 2);
    expect(underAsked).toEqual([]);
  });

  test("no question copies one of the curated questions in facts.json", () => {
    const curated = new Set(
      corpus.flatMap((k) => k.facts.flatMap((f) => f.questions.map(normalise))),
    );
    expect(parsed.filter((l) => curated.has(normalise(l.question))).map((l) => l.question)).toEqual(
      [],
    );
  });

  test("no question appears twice", () => {
    const seen = new Set<string>();
    const repeated = parsed.filter((l) => {
      const key = normalise(l.question);
      const dup = seen.has(key);
      seen.add(key);
      return dup;
    });
    expect(repeated.map((l) => l.question)).toEqual([]);
  });

  test("no question lists the same id twice", () => {
    expect(parsed.filter((l) => new Set(l.expect).size !== l.expect.length)).toEqual([]);
  });
});
