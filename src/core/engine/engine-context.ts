import type { Answer, Source } from "../answer.js";
import type { Speaker } from "../engine-types.js";
import type { Doc } from "../index/article-docs.js";
import type { ArticleKnowledge } from "../knowledge/schema.js";
import { MESSAGES } from "../messages.js";
import type { Pipeline } from "../pipeline.js";

/** Every decision threshold of the engine that is a product choice, not a fitted weight. */
export const ENGINE = Object.freeze({
  suggestions: 3,
  autocompleteLimit: 25,
  /** Examples gathered across the corpus for greetings and help. */
  examples: 50,
  /** Runner-up answers offered to a user who marks an answer wrong… */
  alternatives: 3,
  /** …each at least this likely to be right (the decision's probability). */
  alternativeFloor: 0.3,
});

/**
 * What the use cases share: the corpus and its pipeline, how to name and cite a doc, the example
 * questions of each article, and the abstaining answer with its suggestions.
 */
export interface EngineContext {
  corpus: readonly ArticleKnowledge[];
  pipeline: Pipeline;
  /** More than one article is loaded: citations name the article. */
  multi: boolean;
  /** undefined: no article asked for; null: an id no article has. */
  articleNumber(id: string | undefined): number | undefined | null;
  titleOf(article: number): string;
  idOf(article: number): string;
  /** Quoted titles of the articles in scope, for greetings and help. */
  titlesIn(scope: number | undefined): string;
  speakerName(doc: Doc): string;
  /** The quote docs of the articles in scope, looked up once (quote requests ask for them). */
  quoteDocsIn(scope: number | undefined): readonly Doc[];
  speakersIn(scope: number | undefined): Speaker[];
  /** Questions the articles in scope answer, spread over their paragraphs. */
  examplesIn(scope: number | undefined): string[];
  /** The question a doc answers, to suggest it. */
  canonicalQuestion(doc: Doc): string | undefined;
  sourceOf(doc: Doc): Source;
  refOf(doc: Doc): string;
  /** "paragraph 4" or, with several articles, "paragraph 4, "<title>"". */
  cite(doc: Doc): string;
  /** Up to ENGINE.suggestions questions: `first`, then the scope's examples. */
  fillSuggestions(first: readonly string[], scope: number | undefined): string[];
  abstain(short: string, suggestions: string[], confidence?: number): Answer;
}

export function createEngineContext(
  corpus: readonly ArticleKnowledge[],
  pipeline: Pipeline,
): EngineContext {
  const { index } = pipeline;
  const multi = corpus.length > 1;
  const articleNumbers = new Map<string, number>();
  corpus.forEach((k, n) => {
    if (!articleNumbers.has(k.article.id)) articleNumbers.set(k.article.id, n);
  });
  const titleOf = (article: number): string => corpus[article]?.article.title ?? "";
  const idOf = (article: number): string => corpus[article]?.article.id ?? "";
  const allTitles = corpus.map((k) => `"${k.article.title}"`).join(", ");
  const speakerName = (doc: Doc): string =>
    index.entityNames.get(doc.speaker ?? "") ?? doc.quote?.speaker ?? "";

  const quoteDocs = corpus.map((_, a) => {
    const stats = index.articles[a];
    return index.docs.slice(stats?.start ?? 0, stats?.end ?? 0).filter((d) => d.kind === "quote");
  });
  const allQuoteDocs = quoteDocs.flat();

  const examplesByArticle = corpus.map((k) => exampleQuestions(k));
  const examples: string[] = [];
  for (let i = 0; examples.length < ENGINE.examples; i++) {
    if (!examplesByArticle.some((list) => i < list.length)) break;
    for (const list of examplesByArticle) if (list[i]) examples.push(list[i] as string);
  }
  const examplesIn = (scope: number | undefined): string[] =>
    scope === undefined ? examples : (examplesByArticle[scope] ?? []);

  const speakersByArticle: Speaker[][] = corpus.map((k) =>
    k.entities
      .map((e) => ({ e, count: k.quotes.filter((q) => q.speaker === e.id).length }))
      .filter(({ count }) => count > 0)
      .map(({ e, count }) => ({ id: e.id, name: e.name, role: e.role, quotes: count })),
  );
  const allSpeakers = speakersByArticle.flat();

  const fillSuggestions = (first: readonly string[], scope: number | undefined): string[] => {
    const out: string[] = [];
    for (const s of [...first, ...examplesIn(scope)]) {
      if (out.length >= ENGINE.suggestions) break;
      if (s && !out.includes(s)) out.push(s);
    }
    return out;
  };

  return {
    corpus,
    pipeline,
    multi,
    articleNumber: (id) => (id === undefined ? undefined : (articleNumbers.get(id) ?? null)),
    titleOf,
    idOf,
    titlesIn: (scope) => (scope === undefined ? allTitles : `"${titleOf(scope)}"`),
    speakerName,
    quoteDocsIn: (scope) => (scope === undefined ? allQuoteDocs : (quoteDocs[scope] ?? [])),
    speakersIn: (scope) => (scope === undefined ? allSpeakers : (speakersByArticle[scope] ?? [])),
    examplesIn,
    canonicalQuestion: (doc) => {
      if (doc.fact) return doc.fact.questions[0];
      if (doc.quote) return `What did ${speakerName(doc)} say?`;
      return undefined;
    },
    sourceOf: (doc) => {
      const url = corpus[doc.article]?.article.url;
      return {
        article: idOf(doc.article),
        title: titleOf(doc.article),
        paragraph: doc.paragraph,
        text: doc.text,
        ...(doc.quote ? { speaker: speakerName(doc) } : {}),
        ...(url ? { url } : {}),
      };
    },
    refOf: (doc) => `${idOf(doc.article)}/${doc.fact || doc.quote ? doc.ref : `p${doc.paragraph}`}`,
    cite: (doc) => `paragraph ${doc.paragraph}${multi ? `, "${titleOf(doc.article)}"` : ""}`,
    fillSuggestions,
    abstain: (short, suggestions, confidence = 0) => ({
      answered: false,
      answer:
        suggestions.length > 0
          ? `${short}\n${MESSAGES.tryThese}\n${suggestions.map((s) => `- ${s}`).join("\n")}`
          : short,
      short,
      confidence: Math.round(confidence * 1000) / 1000,
      kind: "none",
      sources: [],
      suggestions,
      refs: [],
    }),
  };
}

/** An article's example questions: the first fact question of each paragraph, in order. */
function exampleQuestions(k: ArticleKnowledge): string[] {
  const seen = new Set<number>();
  return k.facts
    .filter((f) => !seen.has(f.paragraph) && seen.add(f.paragraph))
    .map((f) => f.questions[0] ?? "")
    .filter((q) => q !== "");
}
