import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSyntheticCorpus, ingestTexts } from "../../bench/build-corpus.js";
import type { ArticleKnowledge } from "../../core/index.js";
import { indexArticleFolder } from "../../data/index-folder.js";
import { knowledgeFiles } from "../../data/knowledge-files.js";
import { loadCorpus } from "../../data/load-knowledge.js";
import { BenchInputError } from "./bench-input-error.js";

export const DEFAULT_FIXTURES = "tests/fixtures/articles";

/**
 * The corpus of `npm run bench -- --articles N`: the knowledge under `dataDir` (the curated
 * seed), the fixture articles ingested, then generated articles up to `n`.
 */
export function syntheticCorpus(
  n: number,
  dataDir: string,
  fixturesDir: string,
): ArticleKnowledge[] {
  if (!existsSync(fixturesDir) || !statSync(fixturesDir).isDirectory())
    throw new BenchInputError(
      `Fixtures folder not found: ${fixturesDir} (set it with --fixtures DIR)`,
    );
  const fixtures = readdirSync(fixturesDir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => ({
      text: readFileSync(join(fixturesDir, f), "utf8"),
      format: f.endsWith(".md") ? ("markdown" as const) : ("text" as const),
    }));
  return buildSyntheticCorpus(n, [...loadCorpus(dataDir), ...ingestTexts(fixtures)]);
}

/**
 * Writes a corpus in the layout `loadCorpus` reads, in a fresh temporary folder, so start-up
 * is timed as a user meets it: files read, parsed and validated. The caller removes it.
 */
export function writeCorpus(corpus: readonly ArticleKnowledge[]): string {
  const dir = mkdtempSync(join(tmpdir(), "qa-bot-bench-corpus-"));
  for (const k of corpus) {
    const folder = join(dir, k.article.id);
    mkdirSync(folder);
    for (const [name, content] of knowledgeFiles(k))
      writeFileSync(join(folder, name), JSON.stringify(content));
  }
  return dir;
}

/** Writes every article's stored index, as `npm run index` does; returns how long it took (ns). */
export function indexCorpus(dir: string): number {
  const started = process.hrtime.bigint();
  for (const name of readdirSync(dir)) indexArticleFolder(join(dir, name));
  return Number(process.hrtime.bigint() - started);
}

export function removeCorpus(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
