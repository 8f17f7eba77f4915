import { existsSync } from "node:fs";
import { join } from "node:path";
import { CURATED_FOLDER, KnowledgeError, loadArticle } from "../../data/load-knowledge.js";
import { IngestError, uniqueId } from "../../ingest/index.js";
import { cleanLeftovers } from "./clean-leftovers.js";
import type { IngestIo } from "./ingest-io.js";
import { prepareAll } from "./prepare-all.js";
import type { Prepared, PrepareOptions } from "./prepare-article.js";
import { createProgress } from "./progress.js";
import { IngestInputError, listInputFiles } from "./read-input.js";
import { findExistingArticle, writeArticleAtomically } from "./write-article.js";

/** What `npm run ingest` was asked to do with files. */
export interface FileOptions extends PrepareOptions {
  force?: boolean;
}

/**
 * Ingests a file, or every .txt, .md and .html file of a folder, into `dataDir`; resolves to
 * the exit code (0 ok, 1 bad input). All files are read, ingested and validated (on worker
 * threads when there are many) before anything is written.
 */
export async function ingestFiles(
  path: string,
  dataDir: string,
  values: FileOptions,
  io: IngestIo,
): Promise<number> {
  try {
    const files = listInputFiles(path);
    if (values.title !== undefined && files.length > 1) {
      throw new IngestInputError(
        "--title names one article; it cannot be used with a folder of several files.",
      );
    }
    for (const line of cleanLeftovers(dataDir)) io.err(line);
    const progress = io.progress ? createProgress(files.length, io.progress) : undefined;
    const { force, ...options } = values;
    const outcomes = await prepareAll(files, options, {
      ...(io.threads === undefined ? {} : { threads: io.threads }),
      onDone: () => progress?.tick(),
    });
    progress?.done();
    const problems: string[] = [];
    const prepared: Prepared[] = [];
    const ids = new Map<string, string>();
    const taken = new Set<string>();
    for (const outcome of outcomes) {
      if (!outcome.ok) {
        if (!outcome.input) throw new Error(outcome.message);
        problems.push(outcome.message);
        continue;
      }
      const item = outcome.prepared;
      const id = item.knowledge.article.id;
      if (taken.has(id)) {
        // Headlines repeat ("Council approves budget"): a clash inside one run gets -2, -3…
        item.knowledge.article.id = uniqueId(id, taken);
        io.out(
          `Note: ${item.file} would have the article id "${id}" of ${ids.get(id)}; it is ingested as "${item.knowledge.article.id}".`,
        );
      } else {
        taken.add(id);
      }
      ids.set(item.knowledge.article.id, item.file);
      const existing = findExistingArticle(dataDir, item.knowledge.article.id);
      if (existing && !force) {
        problems.push(
          `${item.file}: an article with id "${item.knowledge.article.id}" already exists in ${existing.folder}. Pass --title for another id, or --force to replace it.`,
        );
        continue;
      }
      prepared.push(item);
    }
    if (problems.length > 0) {
      for (const p of problems) io.err(p);
      io.err("Nothing was written.");
      return 1;
    }
    for (const item of prepared) {
      const folder = writeArticleAtomically(dataDir, item.knowledge, item.text, {
        force: force ?? false,
        tagged: item.tagged,
      });
      const k = item.knowledge;
      io.out(
        `Ingested ${item.file} → ${folder}/ (${k.article.paragraphs.length} paragraphs, ${k.entities.length} entities, ${k.facts.length} facts, ${k.quotes.length} quotes): "${k.article.title}"`,
      );
      for (const note of item.notes) io.out(`  ${note}`);
      const problem = curatedProblem(folder);
      if (problem) io.err(problem);
    }
    return 0;
  } catch (error) {
    if (error instanceof IngestInputError || error instanceof IngestError) {
      io.err(error.message);
      return 1;
    }
    io.err(`Ingest failed: ${(error as Error).message}`);
    return 1;
  }
}

/**
 * A re-ingest keeps the editor's curated/ corrections; when the new text no longer fits them
 * (a paragraph gone, an id renamed), say so now rather than when the bot next starts.
 */
function curatedProblem(folder: string): string | undefined {
  if (!existsSync(join(folder, CURATED_FOLDER))) return undefined;
  try {
    loadArticle(folder);
    return undefined;
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    return `Warning: kept ${join(folder, CURATED_FOLDER)}/, but it no longer fits the re-ingested article; fix it before starting the bot.\n${error.message}`;
  }
}
