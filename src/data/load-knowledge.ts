import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { crossCheckKnowledge } from "../core/knowledge/cross-check.js";
import {
  type ArticleKnowledge,
  ArticleSchema,
  EntitiesSchema,
  FactsSchema,
  QuotesSchema,
} from "../core/knowledge/schema.js";

/** Thrown when a data file is missing, unreadable or invalid; the message names file, entry and field. */
export class KnowledgeError extends Error {
  override name = "KnowledgeError";
}

const FILES = ["article.json", "entities.json", "facts.json", "quotes.json"] as const;

/**
 * Loads every article folder under `dir` (each holding the four JSON files).
 * Throws a KnowledgeError listing every problem found, so an editor can fix them in one pass.
 */
export function loadCorpus(dir: string): ArticleKnowledge[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new KnowledgeError(`Knowledge directory not found: ${dir}`);
  }
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "article.json")))
    .map((d) => d.name)
    .sort();
  if (folders.length === 0) {
    throw new KnowledgeError(
      `No articles in ${dir}: expected folders holding article.json, entities.json, facts.json and quotes.json.`,
    );
  }
  const corpus = folders.map((name) => loadArticle(join(dir, name)));
  const seen = new Map<string, string>();
  for (const k of corpus) {
    const other = seen.get(k.article.id);
    if (other) {
      throw new KnowledgeError(`Duplicate article id "${k.article.id}" in ${other} and ${dir}`);
    }
    seen.set(k.article.id, dir);
  }
  return corpus;
}

/** Loads and validates one article folder. */
export function loadArticle(folder: string): ArticleKnowledge {
  const problems: string[] = [];
  const read = <S extends z.ZodType>(
    file: (typeof FILES)[number],
    schema: S,
  ): z.infer<S> | undefined => {
    const path = join(folder, file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === "ENOENT"
          ? "file is missing"
          : String((error as Error).message);
      problems.push(`${path}: ${reason}`);
      return undefined;
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(describeIssue(path, raw, issue));
      return undefined;
    }
    return result.data;
  };

  const article = read("article.json", ArticleSchema);
  const entities = read("entities.json", EntitiesSchema);
  const facts = read("facts.json", FactsSchema);
  const quotes = read("quotes.json", QuotesSchema);
  if (!article || !entities || !facts || !quotes)
    throw new KnowledgeError(formatProblems(problems));

  const knowledge: ArticleKnowledge = { article, entities, facts, quotes };
  for (const issue of crossCheckKnowledge(knowledge)) {
    const entry =
      issue.entry === undefined
        ? ""
        : ` entry ${issue.entry}${issue.id ? ` (id "${issue.id}")` : ""}`;
    problems.push(`${join(folder, issue.file)}:${entry} field "${issue.field}": ${issue.message}`);
  }
  if (problems.length > 0) throw new KnowledgeError(formatProblems(problems));
  return knowledge;
}

function formatProblems(problems: string[]): string {
  return `Invalid knowledge data:\n${problems.map((p) => `  - ${p}`).join("\n")}`;
}

/** "file: entry 3 (id "x") field "paragraph": message" from a zod issue path. */
function describeIssue(path: string, raw: unknown, issue: z.core.$ZodIssue): string {
  const segments = [...issue.path];
  let where = "";
  if (Array.isArray(raw) && typeof segments[0] === "number") {
    const index = segments.shift() as number;
    const entry = raw[index] as { id?: unknown } | undefined;
    const id = entry && typeof entry.id === "string" ? ` (id "${entry.id}")` : "";
    where = ` entry ${index}${id}`;
  }
  const field = segments.length > 0 ? ` field "${segments.join(".")}"` : "";
  return `${path}:${where}${field}: ${issue.message}`;
}
