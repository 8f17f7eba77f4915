import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createEngine, type Engine } from "../../src/core/index.js";
import { indexArticleFolder } from "../../src/data/index-folder.js";
import { createKnowledgeStore } from "../../src/data/knowledge-store.js";
import { loadIndexedCorpus } from "../../src/data/load-indexed.js";
import { loadCorpus } from "../../src/data/load-knowledge.js";
import { STORED_INDEX_FILE, STORED_INDEX_FORMAT } from "../../src/data/stored-index.js";
import { SEED_DIR, SEED_ID } from "../fixtures/knowledge-dir.js";
import { generatedArticles, tempDir, writeArticleFolder } from "./knowledge-dirs.js";

/** A data directory holding a copy of the seed and two generated articles, none indexed yet. */
function dataDir(): string {
  const dir = tempDir("stored-index-");
  cpSync(SEED_DIR, join(dir, SEED_ID), { recursive: true });
  for (const [i, k] of generatedArticles(2).entries()) writeArticleFolder(dir, `generated-${i}`, k);
  return dir;
}

const indexFile = (dir: string, name = SEED_ID): string => join(dir, name, STORED_INDEX_FILE);
const readIndex = (dir: string): Record<string, unknown> =>
  JSON.parse(readFileSync(indexFile(dir), "utf8"));

/**
 * Rewrites the seed's stored index with a title its files do not hold, its hash left as it was:
 * the title the bot then shows says whether it read the stored index or built the article again.
 */
function markStoredTitle(dir: string, title: string, change: Record<string, unknown> = {}): void {
  const stored = readIndex(dir) as { knowledge: { article: { title: string } } };
  stored.knowledge.article.title = title;
  writeFileSync(indexFile(dir), JSON.stringify({ ...stored, ...change }));
}

const seedTitle = (engine: Engine): string | undefined =>
  engine.about().articles.find((a) => a.id === SEED_ID)?.title;

const indexAll = (dir: string): void => {
  for (const name of [SEED_ID, "generated-0", "generated-1"]) indexArticleFolder(join(dir, name));
};

describe("the stored index", () => {
  test("is used at start-up when it was made from the article's files as they are", () => {
    const dir = dataDir();
    indexAll(dir);
    markStoredTitle(dir, "Read from the stored index");
    const store = createKnowledgeStore(dir);
    expect(store.startup.index).toEqual({ stored: 3, built: {}, unreadable: [] });
    expect(seedTitle(store.engine)).toBe("Read from the stored index");
  });

  test("is ignored once the article's files changed, and the article built from them", () => {
    const dir = dataDir();
    indexAll(dir);
    markStoredTitle(dir, "Stale stored title");
    const file = join(dir, SEED_ID, "article.json");
    const article = JSON.parse(readFileSync(file, "utf8"));
    writeFileSync(file, JSON.stringify({ ...article, title: "Edited by hand" }));

    const store = createKnowledgeStore(dir);
    expect(store.startup.index.stored).toBe(2);
    expect(store.startup.index.built).toEqual({ "files changed": [SEED_ID] });
    expect(seedTitle(store.engine)).toBe("Edited by hand");
  });

  test("of another format is ignored", () => {
    const dir = dataDir();
    indexAll(dir);
    markStoredTitle(dir, "Written by other code", { format: STORED_INDEX_FORMAT + 1 });
    const { corpus, use } = loadIndexedCorpus(dir);
    expect(use.built).toEqual({ "other format": [SEED_ID] });
    expect(corpus.find((k) => k.article.id === SEED_ID)?.article.title).not.toBe(
      "Written by other code",
    );
  });

  test.each([
    ["cut short", (text: string) => text.slice(0, text.length / 2)],
    ["not an index", () => JSON.stringify({ format: STORED_INDEX_FORMAT, hash: "x" })],
    ["a doc without its terms", (text: string) => text.replace(/"bag":\{[^}]*\}/, '"bag":{}')],
  ])(
    "%s: the article is built again, with a warning naming the file, and the bot starts",
    (_, damage) => {
      const dir = dataDir();
      indexAll(dir);
      writeFileSync(indexFile(dir), damage(readFileSync(indexFile(dir), "utf8")));

      const store = createKnowledgeStore(dir);
      expect(store.startup.index.built).toEqual({ unreadable: [SEED_ID] });
      expect(store.startup.index.unreadable).toHaveLength(1);
      expect(store.startup.index.unreadable[0]).toContain(indexFile(dir));
      expect(store.engine.answer("how many cambodians work in busan").answered).toBe(true);
    },
  );

  test("gives the same answers as knowledge validated and built at start-up", () => {
    const dir = dataDir();
    const built = createEngine(loadCorpus(dir));
    indexAll(dir);
    const store = createKnowledgeStore(dir);
    expect(store.startup.index.stored).toBe(3);
    const questions = [
      "how many cambodians work in busan",
      "What did Kin Phea say?",
      "who is Hun Manet",
      "when was the summit",
      "how many cambodain workers are in korea",
      "what is the capital of peru",
    ];
    expect(built.answer("how many cambodians work in busan").answered).toBe(true);
    for (const question of questions) {
      expect(store.engine.answer(question), question).toEqual(built.answer(question));
    }
    for (const question of questions.slice(0, 2)) {
      expect(store.engine.answer(question, { article: SEED_ID }), question).toEqual(
        built.answer(question, { article: SEED_ID }),
      );
    }
  });

  test("is read by a reload for an article added while running, and not rebuilt when merely touched", () => {
    const dir = dataDir();
    const store = createKnowledgeStore(dir);
    expect(store.startup.index.built).toEqual({
      "no stored index": [SEED_ID, "generated-0", "generated-1"],
    });
    const [extra] = generatedArticles(3).slice(2);
    if (!extra) throw new Error("no generated article");
    const folder = writeArticleFolder(dir, "added", { ...extra });
    indexArticleFolder(folder);
    const report = store.reload();
    expect(report).toMatchObject({ added: ["added"], swapped: true });
    expect(report.index).toEqual({ stored: 1, built: {}, unreadable: [] });

    // The same bytes written again: new dates, same hash, nothing to swap.
    const file = join(folder, "facts.json");
    writeFileSync(file, readFileSync(file));
    expect(store.reload()).toMatchObject({ swapped: false, changed: [] });
  });
});
