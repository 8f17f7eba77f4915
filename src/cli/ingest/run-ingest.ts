import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ArticleSchema } from "../../core/knowledge/schema.js";
import { CURATED_FOLDER, KnowledgeError, loadArticle } from "../../data/load-knowledge.js";
import { IngestError, uniqueId } from "../../ingest/index.js";
import { cleanLeftovers } from "./clean-leftovers.js";
import { prepareAll } from "./prepare-all.js";
import type { Prepared } from "./prepare-article.js";
import { createProgress, type ProgressStream } from "./progress.js";
import { IngestInputError, listInputFiles } from "./read-input.js";
import { findExistingArticle, writeArticleAtomically } from "./write-article.js";

export const USAGE = `Usage: npm run ingest -- <file or folder> [--title T] [--source S] [--date YYYY-MM-DD] [--data DIR] [--force]

Reads plain-text (.txt) or Markdown (.md) news articles (a folder: every .txt/.md in it) and
writes each article's knowledge to DIR/<article-id>/ (default: $KB_DIR or data/).
  --title T    the article's title (one file only); otherwise its headline or a generated one
  --source S   the publication; otherwise the one the text names ("told The Post")
  --date D     publication date, YYYY-MM-DD
  --data DIR   the knowledge directory
  --force      replace an ingested article with the same id (curated articles are never replaced)`;

export interface IngestIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Where the progress bar or progress lines go (stderr); none when absent. */
  progress?: ProgressStream;
  /** Worker threads for a folder of files; default one per core. */
  threads?: number;
}

/** Runs `npm run ingest`; resolves to the exit code (0 ok, 1 bad input, 2 bad usage). */
export async function runIngest(
  argv: string[],
  env: NodeJS.ProcessEnv,
  io: IngestIo,
): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length !== 1 || !positionals[0]) {
    io.err(`Give one file or folder to ingest.\n\n${USAGE}`);
    return 2;
  }
  if (values.date !== undefined && !ArticleSchema.shape.published.safeParse(values.date).success) {
    io.err(`--date must be a date written YYYY-MM-DD, not "${values.date}".`);
    return 2;
  }
  const dataDir = values.data ?? (env["KB_DIR"]?.trim() || "data");

  try {
    const files = listInputFiles(positionals[0]);
    if (values.title !== undefined && files.length > 1) {
      throw new IngestInputError(
        "--title names one article; it cannot be used with a folder of several files.",
      );
    }
    for (const line of cleanLeftovers(dataDir)) io.err(line);
    // All files are read, ingested and validated (on worker threads) before anything is written.
    const progress = io.progress ? createProgress(files.length, io.progress) : undefined;
    const outcomes = await prepareAll(files, values, {
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
      const file = item.file;
      const id = item.knowledge.article.id;
      if (taken.has(id)) {
        // Headlines repeat ("Council approves budget"): a clash inside one run gets -2, -3…
        item.knowledge.article.id = uniqueId(id, taken);
        io.out(
          `Note: ${file} would have the article id "${id}" of ${ids.get(id)}; it is ingested as "${item.knowledge.article.id}".`,
        );
      } else {
        taken.add(id);
      }
      ids.set(item.knowledge.article.id, file);
      const existing = findExistingArticle(dataDir, item.knowledge.article.id);
      if (existing && !values.force) {
        problems.push(
          `${file}: an article with id "${item.knowledge.article.id}" already exists in ${existing.folder}. Pass --title for another id, or --force to replace it.`,
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
        force: values.force ?? false,
      });
      const k = item.knowledge;
      io.out(
        `Ingested ${item.file} → ${folder}/ (${k.article.paragraphs.length} paragraphs, ${k.entities.length} entities, ${k.facts.length} facts, ${k.quotes.length} quotes): "${k.article.title}"`,
      );
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

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      title: { type: "string" },
      source: { type: "string" },
      date: { type: "string" },
      data: { type: "string" },
      force: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
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
