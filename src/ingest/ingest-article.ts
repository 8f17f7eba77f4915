import type { Article, ArticleKnowledge, Entity } from "../core/knowledge/schema.js";
import { buildEntities } from "./build-entities.js";
import { buildFacts } from "./build-facts.js";
import { buildQuotes } from "./build-quotes.js";
import { findVerbatimProblems } from "./check-verbatim.js";
import { buildDiscourse } from "./discourse.js";
import { findNameMentions } from "./find-names.js";
import { findQuantities } from "./find-quantities.js";
import { findQuoteSpans } from "./find-quote-spans.js";
import { attributeQuotes, findReportedStatements } from "./find-statements.js";
import { GENERATED_TITLE_NOTE, makeTitle } from "./make-title.js";
import { type DocumentFormat, parseDocument } from "./parse-document.js";
import { parseParagraphs } from "./parse-paragraphs.js";
import { slugify } from "./slugify.js";
import type { Mention } from "./types.js";

export interface IngestOptions {
  format?: DocumentFormat;
  /** Overrides the headline or generated title. */
  title?: string;
  /** The publication; otherwise the one the text names ("told The Post"), or "Unknown source". */
  source?: string;
  /** ISO date (YYYY-MM-DD). */
  published?: string;
  /** Overrides the id made from the title. */
  id?: string;
  /** Who wrote it; otherwise the byline the text opens with, if any. */
  byline?: string;
  /** The article's canonical web address, for citing. */
  url?: string;
}

/** The text cannot be ingested (no paragraphs of words). */
export class IngestError extends Error {
  override name = "IngestError";
}

export const UNKNOWN_SOURCE = "Unknown source";

/**
 * The whole pipeline, pure (text in, knowledge out): paragraphs → sentences and tags → names →
 * entities → quotes, reported statements, pronouns → numbers and dates → facts with generated
 * questions. Evidence and quote texts are cut from the paragraphs, so they stand verbatim.
 *
 * @example ingestArticle("Kin Phea said the talks went well.\n\nHe smiled.").entities[0]?.name // "Kin Phea"
 */
export function ingestArticle(raw: string, options: IngestOptions = {}): ArticleKnowledge {
  const doc = parseDocument(raw, options.format ?? "text");
  return ingestParagraphs(doc.paragraphs, {
    ...options,
    ...(!options.title?.trim() && doc.title ? { title: doc.title } : {}),
    ...(!options.byline && doc.byline ? { byline: doc.byline } : {}),
  });
}

/**
 * The pipeline on paragraphs already split (a web page's body): no headline or byline is
 * looked for in them; without a title, one is made from the first sentence.
 *
 * @example ingestParagraphs(["Kin Phea said the talks went well."], { title: "Talks" }).article.title // "Talks"
 */
export function ingestParagraphs(
  texts: readonly string[],
  options: Omit<IngestOptions, "format"> = {},
): ArticleKnowledge {
  const doc = { paragraphs: texts.map((t) => t.trim()).filter((t) => /\p{L}/u.test(t)) };
  if (doc.paragraphs.length === 0) {
    throw new IngestError("The article has no paragraphs: no text with words in it.");
  }
  const paragraphs = parseParagraphs(doc.paragraphs);
  const mentions = paragraphs.flatMap(findNameMentions);
  const index = buildEntities(paragraphs, mentions);
  const spans = findQuoteSpans(doc.paragraphs);
  const discourse = buildDiscourse(paragraphs, index, spans);
  const statements = [
    ...attributeQuotes(paragraphs, spans, index, discourse),
    ...findReportedStatements(paragraphs, index, discourse),
  ];
  const quantities = paragraphs.flatMap(findQuantities);
  const facts = buildFacts({ paragraphs, index, discourse, statements, quantities });
  const quotes = buildQuotes(statements, index.entities);

  const explicitTitle = options.title?.trim();
  const title = explicitTitle || makeTitle(paragraphs, mentions);
  const article: Article = {
    id: options.id ?? articleId(title),
    title,
    ...(explicitTitle ? {} : { titleNote: GENERATED_TITLE_NOTE }),
    source: options.source?.trim() || inferSource(index.entities, mentions) || UNKNOWN_SOURCE,
    ...(options.published ? { published: options.published } : {}),
    ...(options.byline?.trim() ? { byline: options.byline.trim() } : {}),
    ...(options.url ? { url: options.url } : {}),
    origin: "ingested",
    paragraphs: doc.paragraphs.map((text, i) => ({ n: i + 1, text })),
  };
  const knowledge: ArticleKnowledge = { article, entities: index.entities, facts, quotes };
  // Safety net: anything not verbatim is dropped rather than written.
  const bad = new Set(findVerbatimProblems(knowledge).map((p) => `${p.file}:${p.id}`));
  if (bad.size > 0) {
    knowledge.facts = facts.filter((f) => !bad.has(`facts.json:${f.id}`));
    knowledge.quotes = quotes.filter((q) => !bad.has(`quotes.json:${q.id}`));
  }
  return knowledge;
}

/** A short id from the title: at most 48 characters, not ending on a small word. */
export function articleId(title: string): string {
  let id = slugify(title, 48);
  while (/-(the|a|an|of|for|to|and|in|on|at|by|with|from)$/.test(id))
    id = id.replace(/-[a-z]+$/, "");
  return id || "article";
}

const PUBLICATION =
  /\b(post|herald|echo|daily|times|news|press|gazette|journal|tribune|telegraph|guardian|chronicle|observer)$/i;

/** "told The Post on Thursday": the publication the article was written for. */
function inferSource(entities: Entity[], mentions: Mention[]): string | undefined {
  for (const m of mentions) {
    if (m.kind !== "organisation" || !PUBLICATION.test(m.text)) continue;
    const entity = entities.find((e) => e.name === m.text);
    if (entity) return entity.name;
  }
  return undefined;
}
