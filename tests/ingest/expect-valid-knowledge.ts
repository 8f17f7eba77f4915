import { expect } from "vitest";
import { crossCheckKnowledge } from "../../src/core/knowledge/cross-check.js";
import {
  type ArticleKnowledge,
  ArticleSchema,
  EntitiesSchema,
  FactsSchema,
  QuotesSchema,
} from "../../src/core/knowledge/schema.js";
import { findVerbatimProblems } from "../../src/ingest/index.js";

/** Generated knowledge must load like curated knowledge: schemas, cross-checks, verbatim texts. */
export function expectValidKnowledge(k: ArticleKnowledge): void {
  expect(ArticleSchema.safeParse(k.article).success).toBe(true);
  expect(EntitiesSchema.safeParse(k.entities).success).toBe(true);
  expect(FactsSchema.safeParse(k.facts).success).toBe(true);
  expect(QuotesSchema.safeParse(k.quotes).success).toBe(true);
  expect(crossCheckKnowledge(k)).toEqual([]);
  expect(findVerbatimProblems(k)).toEqual([]);
}
