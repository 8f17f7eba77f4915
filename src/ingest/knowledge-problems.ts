import { crossCheckKnowledge } from "../core/knowledge/cross-check.js";
import {
  type ArticleKnowledge,
  ArticleSchema,
  EntitiesSchema,
  FactsSchema,
  QuotesSchema,
} from "../core/knowledge/schema.js";

/**
 * The loader's checks, run on ingested knowledge before it is written: zod schemas,
 * cross-references, verbatim evidence and quotes (crossCheckKnowledge). Empty when the
 * knowledge would load.
 */
export function findKnowledgeProblems(k: ArticleKnowledge): string[] {
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
  return problems;
}
