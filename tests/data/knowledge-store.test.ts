import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ArticleKnowledge, Engine } from "../../src/core/index.js";
import { createEngine } from "../../src/core/index.js";
import { createKnowledgeStore } from "../../src/data/knowledge-store.js";
import { SEED_DIR, SEED_ID } from "../fixtures/knowledge-dir.js";
import { generatedArticles, tempDir, writeArticleFolder } from "./knowledge-dirs.js";

const copyOfSeed = (): string => {
  const dir = tempDir("store-");
  cpSync(SEED_DIR, join(dir, SEED_ID), { recursive: true });
  return dir;
};
const ids = (engine: Engine): string[] => engine.about().articles.map((a) => a.id);
const [first, second] = generatedArticles(2) as [ArticleKnowledge, ArticleKnowledge];

describe("createKnowledgeStore", () => {
  it("swaps in knowledge that changed on disk", () => {
    const dir = copyOfSeed();
    const store = createKnowledgeStore(dir);
    const file = join(dir, SEED_ID, "article.json");
    const article = JSON.parse(readFileSync(file, "utf8"));
    writeFileSync(file, JSON.stringify({ ...article, title: "Retitled for the test" }));
    const report = store.reload();
    expect(report).toMatchObject({ swapped: true, articles: 1, changed: [SEED_ID], problems: [] });
    expect(store.engine.about().articles[0]?.title).toBe("Retitled for the test");
  });

  it("adds and removes article folders, and rebuilds nothing when nothing changed", () => {
    const dir = copyOfSeed();
    let builds = 0;
    const store = createKnowledgeStore(dir, {
      build: (corpus) => {
        builds++;
        return createEngine(corpus);
      },
    });
    writeArticleFolder(dir, "first", first);
    expect(store.reload()).toMatchObject({ added: ["first"], swapped: true, articles: 2 });
    expect(ids(store.engine)).toEqual([SEED_ID, first.article.id]);
    expect(store.reload()).toMatchObject({ swapped: false, added: [], changed: [], removed: [] });
    rmSync(join(dir, "first"), { recursive: true });
    expect(store.reload()).toMatchObject({ removed: ["first"], swapped: true, articles: 1 });
    expect(ids(store.engine)).toEqual([SEED_ID]);
    expect(builds).toBe(3); // start-up, the addition, the removal
  });

  it("keeps answering from the old version of an article whose new version is invalid", () => {
    const dir = copyOfSeed();
    const store = createKnowledgeStore(dir);
    const title = store.engine.about().articles[0]?.title;
    writeFileSync(join(dir, SEED_ID, "facts.json"), "{ not json");
    const report = store.reload();
    expect(report.swapped).toBe(false);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toContain(join(dir, SEED_ID, "facts.json"));
    expect(report.problems[0]).toContain("still answering from its previous version");
    expect(store.engine.about().articles[0]?.title).toBe(title);
    expect(store.engine.answer("how many cambodians work in busan").answered).toBe(true);
    // Reported once: an unrelated reload does not repeat it.
    expect(store.reload().problems).toEqual([]);
  });

  it("loads the valid new articles and reports the invalid one by file, entry and field", () => {
    const dir = copyOfSeed();
    const store = createKnowledgeStore(dir);
    writeArticleFolder(dir, "good", first);
    const bad = structuredClone(second);
    const fact = bad.facts[0];
    if (!fact) throw new Error("generated article has no facts");
    fact.evidence = "The scheme will cost £9 million.";
    writeArticleFolder(dir, "bad", bad);
    const report = store.reload();
    expect(report.added).toEqual(["good"]);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toContain(join(dir, "bad", "facts.json"));
    expect(report.problems[0]).toContain(`entry 0 (id "${fact.id}") field "evidence"`);
    expect(report.problems[0]).toContain("not loaded until it is fixed");
    expect(ids(store.engine)).toEqual([SEED_ID, first.article.id]);
  });

  it("a half-written folder (no article.json yet) is skipped until it is complete", () => {
    const dir = copyOfSeed();
    const store = createKnowledgeStore(dir);
    const folder = join(dir, "arriving");
    mkdirSync(folder);
    writeFileSync(join(folder, "facts.json"), JSON.stringify(first.facts));
    const partial = store.reload();
    expect(partial.swapped).toBe(false);
    expect(partial.skipped).toEqual([expect.stringContaining("no article.json")]);
    for (const [file, content] of [
      ["entities.json", first.entities],
      ["quotes.json", first.quotes],
      ["article.json", first.article],
    ] as const) {
      writeFileSync(join(folder, file), JSON.stringify(content));
    }
    expect(store.reload()).toMatchObject({ added: ["arriving"], skipped: [] });
  });

  it("ignores the hidden temp folders of an ingest in progress", () => {
    const dir = copyOfSeed();
    const store = createKnowledgeStore(dir);
    cpSync(join(dir, SEED_ID), join(dir, ".other.ingest-1-2-x"), { recursive: true });
    expect(store.reload()).toMatchObject({ swapped: false, skipped: [], problems: [] });
  });

  it("a new folder reusing another article's id is left out and reported", () => {
    const dir = copyOfSeed();
    const store = createKnowledgeStore(dir);
    cpSync(join(dir, SEED_ID), join(dir, "copy-of-seed"), { recursive: true });
    const report = store.reload();
    expect(report.swapped).toBe(false);
    expect(report.problems).toEqual([expect.stringContaining(`"${SEED_ID}" is already used`)]);
    expect(ids(store.engine)).toEqual([SEED_ID]);
  });

  it("start-up stops on an invalid article, naming every problem", () => {
    const dir = copyOfSeed();
    writeArticleFolder(dir, "good", first);
    writeFileSync(join(dir, "good", "quotes.json"), "[{");
    writeFileSync(join(dir, SEED_ID, "entities.json"), "{");
    expect(() => createKnowledgeStore(dir)).toThrow(join(dir, "good", "quotes.json"));
    expect(() => createKnowledgeStore(dir)).toThrow(join(dir, SEED_ID, "entities.json"));
  });
});
