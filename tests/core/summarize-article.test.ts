import { beforeAll, describe, expect, test } from "vitest";
import { createEngine, type Engine, summarizeArticle } from "../../src/core/index.js";
import { loadCorpus } from "../../src/data/load-knowledge.js";
import { GDANSK, SEED, twoArticleEngine } from "../adapters/two-article-corpus.js";
import { FIXTURE_DATA_DIR } from "../fixtures/knowledge-dir.js";

let seed: Engine;
beforeAll(() => {
  seed = createEngine(loadCorpus(FIXTURE_DATA_DIR));
});

describe("summarizeArticle", () => {
  test("gives the title, a lead that says what happened, and main points with paragraphs", () => {
    const summary = summarizeArticle(seed);
    expect(summary.answered).toBe(true);
    expect(summary.short.startsWith(SEED.title)).toBe(true);
    expect(summary.short).toContain("urged South Korea");
    expect(summary.answer).toContain("Main points:");
    const paragraphs = summary.sources.map((s) => s.paragraph);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
    expect(summary.sources.length).toBeGreaterThanOrEqual(3);
    for (const s of summary.sources) expect(summary.answer).toContain(`(paragraph ${s.paragraph})`);
  });

  test("with several articles and none chosen, gives one line per article", () => {
    const overview = summarizeArticle(twoArticleEngine());
    expect(overview.short).toBe("I know 2 articles:");
    expect(overview.answer).toContain(SEED.title);
    expect(overview.answer).toContain(GDANSK.title);
  });

  test("summarises the chosen article only", () => {
    const summary = summarizeArticle(twoArticleEngine(), GDANSK.id);
    expect(summary.sources.every((s) => s.article === GDANSK.id)).toBe(true);
    expect(summary.short.startsWith(GDANSK.title)).toBe(true);
  });
});
