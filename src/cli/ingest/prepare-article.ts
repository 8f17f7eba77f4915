import { basename, extname } from "node:path";
import { crossCheckKnowledge } from "../../core/knowledge/cross-check.js";
import {
  type ArticleKnowledge,
  ArticleSchema,
  EntitiesSchema,
  FactsSchema,
  QuotesSchema,
} from "../../core/knowledge/schema.js";
import { IngestError, ingestArticle, slugify } from "../../ingest/index.js";
import { IngestInputError, readArticleFile } from "./read-input.js";

/** What the command line says about every article of a run. */
export interface PrepareOptions {
  title?: string;
  source?: string;
  date?: string;
}

/** One article read, ingested and validated, ready to be written. */
export interface Prepared {
  file: string;
  text: string;
  knowledge: ArticleKnowledge;
}

/**
 * Reads one file and ingests it; throws IngestInputError for bad input (empty, binary, no
 * paragraphs) and a plain Error when the ingester produced invalid knowledge (a bug).
 * Pure apart from reading the file, so worker threads can run it side by side.
 */
export function prepareArticle(file: string, values: PrepareOptions): Prepared {
  const { text, format } = readArticleFile(file);
  let knowledge: ArticleKnowledge;
  try {
    knowledge = ingestArticle(text, {
      format,
      ...(values.title ? { title: values.title } : {}),
      ...(values.source ? { source: values.source } : {}),
      ...(values.date ? { published: values.date } : {}),
    });
  } catch (error) {
    if (error instanceof IngestError) throw new IngestInputError(`${file}: ${error.message}`);
    throw error;
  }
  if (knowledge.article.id.length === 0) {
    knowledge.article.id = slugify(basename(file, extname(file))) || "article";
  }
  validate(file, knowledge);
  return { file, text, knowledge };
}

/** The loader's checks, run before writing: zod schemas, cross-references, verbatim texts. */
function validate(file: string, k: ArticleKnowledge): void {
  const problems: string[] = [];
  const check = (
    name: string,
    result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  ) => {
    if (!result.success) {
      for (const issue of result.error?.issues ?? [])
        problems.push(`${name} ${issue.path.join(".")}: ${issue.message}`);
    }
  };
  check("article.json", ArticleSchema.safeParse(k.article));
  check("entities.json", EntitiesSchema.safeParse(k.entities));
  check("facts.json", FactsSchema.safeParse(k.facts));
  check("quotes.json", QuotesSchema.safeParse(k.quotes));
  for (const issue of crossCheckKnowledge(k))
    problems.push(`${issue.file} ${issue.id ?? ""} ${issue.field}: ${issue.message}`);
  if (problems.length > 0) {
    throw new Error(
      `${file}: the ingested knowledge is invalid (a bug in the ingester):\n  - ${problems.join("\n  - ")}`,
    );
  }
}
