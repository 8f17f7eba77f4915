import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ArticleKnowledge } from "../../src/core/index.js";
import { createKnowledgeStore, type ReloadReport } from "../../src/data/knowledge-store.js";
import { type LiveReload, startLiveReload } from "../../src/data/live-reload.js";
import { createMemoryLogger } from "../../src/logger.js";
import { SEED_DIR, SEED_ID } from "../fixtures/knowledge-dir.js";
import { generatedArticles, tempDir, writeArticleFolder } from "./knowledge-dirs.js";

// The watcher on real files in a temporary directory: each change must reach the engine within
// the 5 s the operations target allows (the debounce is 300 ms; the rest is slack for a busy box).

const running: LiveReload[] = [];
afterEach(async () => {
  for (const live of running.splice(0)) await live.stop();
});

function watched() {
  const dir = tempDir("live-");
  cpSync(SEED_DIR, join(dir, SEED_ID), { recursive: true });
  const store = createKnowledgeStore(dir);
  const reports: ReloadReport[] = [];
  const logger = createMemoryLogger();
  running.push(startLiveReload(store, { logger, watch: true, onReload: (r) => reports.push(r) }));
  return { dir, store, reports, logger };
}

async function until<T>(probe: () => T | undefined, timeoutMs = 5_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error("timed out waiting for a reload");
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Lets chokidar finish its initial scan, so later writes are seen as changes. */
const settle = () => new Promise((r) => setTimeout(r, 400));
const [first, second] = generatedArticles(2) as [ArticleKnowledge, ArticleKnowledge];

describe("live reload with the file watcher", { timeout: 20_000 }, () => {
  it("answers from an article added while running, and forgets one removed", async () => {
    const { dir, store, reports } = watched();
    await settle();
    writeArticleFolder(dir, "first", first);
    await until(() => reports.find((r) => r.added.includes("first")));
    expect(store.engine.about().articles.map((a) => a.id)).toContain(first.article.id);
    rmSync(join(dir, "first"), { recursive: true });
    await until(() => reports.find((r) => r.removed.includes("first")));
    expect(store.engine.about().articles.map((a) => a.id)).toEqual([SEED_ID]);
  });

  it("picks up an edit inside an article folder and inside its curated/ folder", async () => {
    const { dir, store, reports } = watched();
    await settle();
    const file = join(dir, SEED_ID, "article.json");
    const article = JSON.parse(readFileSync(file, "utf8"));
    writeFileSync(file, JSON.stringify({ ...article, title: "Edited in place" }));
    await until(() => reports.find((r) => r.changed.includes(SEED_ID)));
    expect(store.engine.about().articles[0]?.title).toBe("Edited in place");
    mkdirSync(join(dir, SEED_ID, "curated"));
    await settle();
    writeFileSync(join(dir, SEED_ID, "curated", "article.json"), '{ "title": "Curated title" }');
    await until(() =>
      store.engine.about().articles[0]?.title === "Curated title" ? true : undefined,
    );
  });

  it("folds a burst of writes into few reloads, and logs an invalid article naming its file", async () => {
    const { dir, reports, logger } = watched();
    await settle();
    for (let i = 0; i < 30; i++) {
      writeArticleFolder(dir, `burst-${i}`, {
        ...first,
        article: { ...first.article, id: `burst-${i}` },
      });
    }
    const broken = structuredClone(second);
    writeArticleFolder(dir, "broken", broken);
    writeFileSync(join(dir, "broken", "quotes.json"), "[{");
    await until(() => {
      const added = new Set(reports.flatMap((r) => r.added));
      return added.size === 30 ? true : undefined;
    });
    expect(reports.length).toBeLessThanOrEqual(4);
    const warning = await until(() =>
      logger.lines.find((l) => l["message"] === "article not loaded"),
    );
    expect(String(warning["problem"])).toContain(join(dir, "broken", "quotes.json"));
  });
});
