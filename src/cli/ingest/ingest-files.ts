import { existsSync } from "node:fs";
import { basename, extname, join } from "node:path";
import type { ArticleKnowledge } from "../../core/knowledge/schema.js";
import { CURATED_FOLDER, KnowledgeError, loadArticle } from "../../data/load-knowledge.js";
import { findKnowledgeProblems, IngestError, ingestArticle, slugify } from "../../ingest/index.js";
import {
  extractArticle,
  NotAnArticleError,
  pageKnowledge,
  pageText,
} from "../../ingest/web/index.js";
import { WEB_MESSAGES } from "../../web-ingest/web-messages.js";
import type { IngestIo } from "./ingest-io.js";
import { IngestInputError, listInputFiles, readArticleFile } from "./read-input.js";
import { findExistingArticle, writeArticleAtomically } from "./write-article.js";

/** What `npm run ingest` was asked to do with files. */
export interface FileOptions {
  title?: string;
  source?: string;
  /** YYYY-MM-DD */
  date?: string;
  force?: boolean;
}

interface Prepared {
  file: string;
  /** Kept as `article.txt`: the file's text, or an HTML page's article as clean text. */
  text: string;
  knowledge: ArticleKnowledge;
  /** Said after the article is written (a paywall, say). */
  notes: string[];
}

/**
 * Ingests a file, or every .txt, .md and .html file of a folder, into `dataDir`; returns the
 * exit code (0 ok, 1 bad input). All files are read, ingested and validated before anything
 * is written.
 */
export function ingestFiles(
  path: string,
  dataDir: string,
  values: FileOptions,
  io: IngestIo,
): number {
  try {
    const files = listInputFiles(path);
    if (values.title !== undefined && files.length > 1) {
      throw new IngestInputError(
        "--title names one article; it cannot be used with a folder of several files.",
      );
    }
    const problems: string[] = [];
    const prepared: Prepared[] = [];
    const ids = new Map<string, string>();
    for (const file of files) {
      try {
        const item = prepare(file, values);
        const other = ids.get(item.knowledge.article.id);
        if (other) {
          throw new IngestInputError(
            `${file}: its article id "${item.knowledge.article.id}" is the same as ${other}'s. Give one of them another title.`,
          );
        }
        const existing = findExistingArticle(dataDir, item.knowledge.article.id);
        if (existing && !values.force) {
          throw new IngestInputError(
            `${file}: an article with id "${item.knowledge.article.id}" already exists in ${existing.folder}. Pass --title for another id, or --force to replace it.`,
          );
        }
        ids.set(item.knowledge.article.id, file);
        prepared.push(item);
      } catch (error) {
        if (error instanceof IngestInputError || error instanceof IngestError)
          problems.push(error.message);
        else throw error;
      }
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

function prepare(file: string, values: FileOptions): Prepared {
  const { text, format } = readArticleFile(file);
  let knowledge: ArticleKnowledge;
  let kept = text;
  const notes: string[] = [];
  try {
    if (format === "html") {
      const extracted = extractArticle(text);
      const page = {
        ...extracted,
        ...(values.title ? { title: values.title } : {}),
        ...(values.source ? { siteName: values.source } : {}),
        ...(values.date ? { published: values.date } : {}),
      };
      knowledge = pageKnowledge(page);
      kept = pageText(page, knowledge.article.title);
      if (page.paywalled) notes.push(WEB_MESSAGES.paywalled(page.paragraphs.length));
    } else {
      knowledge = ingestArticle(text, {
        format,
        ...(values.title ? { title: values.title } : {}),
        ...(values.source ? { source: values.source } : {}),
        ...(values.date ? { published: values.date } : {}),
      });
    }
  } catch (error) {
    if (error instanceof IngestError) throw new IngestInputError(`${file}: ${error.message}`);
    if (error instanceof NotAnArticleError) {
      throw new IngestInputError(
        `${file}: this page does not look like a news article: ${error.message}.`,
      );
    }
    throw error;
  }
  if (knowledge.article.id.length === 0) {
    knowledge.article.id = slugify(basename(file, extname(file))) || "article";
  }
  const problems = findKnowledgeProblems(knowledge);
  if (problems.length > 0) {
    throw new Error(
      `${file}: the ingested knowledge is invalid (a bug in the ingester):\n  - ${problems.join("\n  - ")}`,
    );
  }
  return { file, text: kept, knowledge, notes };
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
