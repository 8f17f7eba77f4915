import { basename, extname } from "node:path";
import { tagArticleSpans } from "../../core/index.js";
import type { ArticleKnowledge } from "../../core/knowledge/schema.js";
import { findKnowledgeProblems, IngestError, ingestArticle, slugify } from "../../ingest/index.js";
import {
  extractArticle,
  NotAnArticleError,
  pageKnowledge,
  pageText,
} from "../../ingest/web/index.js";
import { WEB_MESSAGES } from "../../web-ingest/web-messages.js";
import { IngestInputError, readArticleFile } from "./read-input.js";

/** What the command line says about every article of a run. */
export interface PrepareOptions {
  title?: string;
  source?: string;
  /** YYYY-MM-DD */
  date?: string;
}

/** One article read, ingested and validated, ready to be written. */
export interface Prepared {
  file: string;
  /** Kept as `article.txt`: the file's text, or an HTML page's article as clean text. */
  text: string;
  knowledge: ArticleKnowledge;
  /** Said after the article is written (a paywall, say). */
  notes: string[];
  /** Its sentences' candidate answers, tagged here (on a worker) for its stored index. */
  tagged: Map<string, number[]>;
}

/**
 * Reads one file (text, Markdown or a saved web page) and ingests it; throws IngestInputError
 * for bad input (empty, binary, no paragraphs, not an article) and a plain Error when the
 * ingester produced invalid knowledge (a bug). Pure apart from reading the file, so worker
 * threads can run it side by side.
 */
export function prepareArticle(file: string, values: PrepareOptions): Prepared {
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
  return { file, text: kept, knowledge, notes, tagged: tagArticleSpans(knowledge) };
}
