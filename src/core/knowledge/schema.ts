import { z } from "zod";

/**
 * The knowledge schema: what an editor reads and corrects in `data/<article-id>/`.
 * Curated and ingested knowledge share it, so the engine treats both alike.
 */

/** Stable ids: lower-case words joined by hyphens, so they read well in URLs and eval files. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens");

const Text = z.string().trim().min(1, "must not be empty");
const ParagraphNumber = z.number().int().min(1);

/** What kind of thing a question wants back; facts are tagged with one. */
export const ANSWER_TYPES = [
  "person",
  "number",
  "date",
  "place",
  "organisation",
  "reason",
  "definition",
  "event",
  "role",
  "other",
] as const;
export const AnswerTypeSchema = z.enum(ANSWER_TYPES);
export type AnswerType = z.infer<typeof AnswerTypeSchema>;

export const ParagraphSchema = z.strictObject({ n: ParagraphNumber, text: Text });

/** `article.json` */
export const ArticleSchema = z
  .strictObject({
    id: IdSchema,
    /** Descriptive title; the seed text has no headline, so `titleNote` says who wrote it. */
    title: Text,
    titleNote: Text.optional(),
    /** The publication as the text names it, e.g. "The Post". */
    source: Text,
    /** ISO date (YYYY-MM-DD) when known; the seed text gives none. */
    published: z.iso.date().optional(),
    /** Who wrote it, as the byline gives it ("Anna Lewandowska", "staff reporter"). */
    byline: Text.optional(),
    /** The article's canonical web address, when it came from the web; answers cite it. */
    url: z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }).optional(),
    /** "curated" by an editor or "ingested" by `npm run ingest`. */
    origin: z.enum(["curated", "ingested"]).default("curated"),
    paragraphs: z.array(ParagraphSchema).min(1),
  })
  .superRefine((article, ctx) => {
    article.paragraphs.forEach((p, i) => {
      if (p.n !== i + 1) {
        ctx.addIssue({
          code: "custom",
          path: ["paragraphs", i, "n"],
          message: `paragraphs must be numbered 1, 2, 3… in order; expected ${i + 1}, found ${p.n}`,
        });
      }
    });
  });
export type Article = z.infer<typeof ArticleSchema>;

export const ENTITY_TYPES = [
  "person",
  "place",
  "country",
  "organisation",
  "agreement",
  "event",
  "group",
  "other",
] as const;

/** `entities.json`: one entry per person, place, organisation… with the names users type. */
export const EntitySchema = z.strictObject({
  id: IdSchema,
  type: z.enum(ENTITY_TYPES),
  name: Text,
  /** Other names users type: surnames, titles, acronyms, spellings ("Sokhonn", "ROK"). */
  aliases: z.array(Text).default([]),
  /** A person's role(s) as the article gives them. */
  role: Text.optional(),
  description: Text.optional(),
});
export type Entity = z.infer<typeof EntitySchema>;
export const EntitiesSchema = z.array(EntitySchema);

/** `facts.json`: one entry per checkable fact. */
export const FactSchema = z.strictObject({
  id: IdSchema,
  paragraph: ParagraphNumber,
  answerType: AnswerTypeSchema,
  /** The short answer a user reads first ("Over 9,000"). */
  answer: Text,
  /** The full fact as a sentence of its own. */
  statement: Text,
  /** The article's words that support it, verbatim from the paragraph. */
  evidence: Text,
  /** Differently-worded questions this fact answers. */
  questions: z.array(Text).min(1),
  /** Ids of the entities the fact is about (from entities.json). */
  entities: z.array(IdSchema).default([]),
  /** Extra search words: synonyms and terms users may type. */
  keywords: z.array(Text).default([]),
});
export type Fact = z.infer<typeof FactSchema>;
export const FactsSchema = z.array(FactSchema);

/** `quotes.json`: direct quotes and reported statements. */
export const QuoteSchema = z.strictObject({
  id: IdSchema,
  /** Entity id of the speaker. */
  speaker: IdSchema,
  /** The speaker's role as the article gives it at this point. */
  role: Text.optional(),
  /** Verbatim from the paragraph: the quoted words, or the reported clause. */
  text: Text,
  mode: z.enum(["direct", "reported"]),
  /** The reporting verb: said, urged, called for, expressed hope… */
  verb: Text.optional(),
  paragraph: ParagraphNumber,
});
export type Quote = z.infer<typeof QuoteSchema>;
export const QuotesSchema = z.array(QuoteSchema);

/** Everything known about one article, as loaded and cross-checked. */
export interface ArticleKnowledge {
  article: Article;
  entities: Entity[];
  facts: Fact[];
  quotes: Quote[];
}
