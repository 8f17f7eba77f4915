import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { writeArticleAtomically } from "../../../src/cli/ingest/write-article.js";
import type { ArticleKnowledge } from "../../../src/core/knowledge/schema.js";
import { createKnowledgeStore } from "../../../src/data/knowledge-store.js";
import { loadCorpus } from "../../../src/data/load-knowledge.js";

const knowledge = (title: string): ArticleKnowledge => ({
  article: {
    id: "harbour",
    title,
    source: "Unknown source",
    origin: "ingested",
    paragraphs: [{ n: 1, text: "Ana Lima opened the harbour on Monday." }],
  },
  entities: [{ id: "ana-lima", type: "person", name: "Ana Lima", aliases: [] }],
  facts: [],
  quotes: [],
});

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("writeArticleAtomically", () => {
  test("re-ingesting with force replaces the machine output and keeps the curated/ folder", () => {
    const data = mkdtempSync(join(tmpdir(), "write-article-"));
    tempDirs.push(data);
    writeArticleAtomically(data, knowledge("First ingest"), "text", { force: false });
    const curated = join(data, "harbour", "curated");
    mkdirSync(curated);
    const correction = { title: "Ana Lima opens the harbour" };
    writeFileSync(join(curated, "article.json"), JSON.stringify(correction));

    writeArticleAtomically(data, knowledge("Second ingest"), "new text", { force: true });

    const folder = join(data, "harbour");
    expect(JSON.parse(readFileSync(join(folder, "article.json"), "utf8")).title).toBe(
      "Second ingest",
    );
    expect(readFileSync(join(folder, "article.txt"), "utf8")).toBe("new text");
    expect(JSON.parse(readFileSync(join(curated, "article.json"), "utf8"))).toEqual(correction);
    expect(loadCorpus(data)[0]?.article.title).toBe("Ana Lima opens the harbour");
    // Its stored index went in with it, made from the files as they stand (curated/ laid over).
    expect(readdirSync(folder).sort()).toContain("index.json");
    const store = createKnowledgeStore(data);
    expect(store.startup.index).toEqual({ stored: 1, built: {}, unreadable: [] });
    expect(store.engine.about().articles[0]?.title).toBe("Ana Lima opens the harbour");
    // No temp or replaced folder is left beside it.
    expect(readdirSync(data)).toEqual(["harbour"]);
  });
});
