import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect } from "vitest";
import { buildSyntheticCorpus } from "../../src/bench/build-corpus.js";
import type { ArticleKnowledge } from "../../src/core/index.js";
import { knowledgeFiles } from "../../src/data/knowledge-files.js";
import { KnowledgeError, loadCorpus } from "../../src/data/load-knowledge.js";

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary directory, removed after the test. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** The KnowledgeError message loadCorpus stops with; fails the test if it loads. */
export function loadError(dir: string): string {
  try {
    loadCorpus(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return (error as Error).message;
  }
  throw new Error("expected loadCorpus to throw");
}

/** Writes an article folder the way `npm run ingest` does: into a hidden folder, then renamed. */
export function writeArticleFolder(dir: string, name: string, k: ArticleKnowledge): string {
  const temp = join(dir, `.${name}.ingest-test`);
  mkdirSync(temp);
  for (const [file, content] of knowledgeFiles(k)) {
    writeFileSync(join(temp, file), JSON.stringify(content, null, 2));
  }
  const folder = join(dir, name);
  renameSync(temp, folder);
  return folder;
}

/** Generated articles (no NLP, instant), each with its own id. */
export function generatedArticles(n: number): ArticleKnowledge[] {
  return buildSyntheticCorpus(n, [], 99);
}
