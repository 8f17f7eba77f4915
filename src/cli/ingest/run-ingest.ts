import { existsSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { parseArgs } from "node:util";
import { crossCheckKnowledge } from "../../core/knowledge/cross-check.js";
import {
  type ArticleKnowledge,
  ArticleSchema,
  EntitiesSchema,
  FactsSchema,
  QuotesSchema,
} from "../../core/knowledge/schema.js";
import { CURATED_FOLDER, KnowledgeError, loadArticle } from "../../data/load-knowledge.js";
import { findVerbatimProblems, IngestError, ingestArticle, slugify } from "../../ingest/index.js";
import { IngestInputError, listInputFiles, readArticleFile } from "./read-input.js";
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
}

interface Prepared {
  file: string;
  text: string;
  knowledge: ArticleKnowledge;
}

/** Runs `npm run ingest`; returns the exit code (0 ok, 1 bad input, 2 bad usage). */
export function runIngest(argv: string[], env: NodeJS.ProcessEnv, io: IngestIo): number {
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
    // All files are read, ingested and validated before anything is written.
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
      io.err(files.length > 1 ? "Nothing was written." : "Nothing was written.");
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

function prepare(
  file: string,
  values: { title?: string; source?: string; date?: string },
): Prepared {
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
  for (const p of findVerbatimProblems(k))
    problems.push(`${p.file} ${p.id}: text is not verbatim in paragraph ${p.paragraph}`);
  if (problems.length > 0) {
    throw new Error(
      `${file}: the ingested knowledge is invalid (a bug in the ingester):\n  - ${problems.join("\n  - ")}`,
    );
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
