import { tokenize } from "../analyze/tokenize.js";
import type { ArticleKnowledge } from "../knowledge/schema.js";
import { type AliasIndex, createAliasIndex, entityKey } from "./alias-index.js";
import { type ArticleSentence, buildArticleDocs, type Doc } from "./article-docs.js";
import { buildInitialisms } from "./initialisms.js";
import { type Postings, packPostings } from "./postings.js";
import { createWordLexicon, type WordLexicon } from "./word-lexicon.js";

/** Per-article statistics: ranking weighs words by their rarity in the doc's own article. */
export interface ArticleStats {
  /** Docs of the article are `[start, end)` in the corpus's doc list. */
  start: number;
  end: number;
  /** Sentences of the article, in order; docs point into it. */
  sentences: readonly ArticleSentence[];
  /** In how many of the article's sentences each term occurs. */
  df: ReadonlyMap<string, number>;
  /** Average bag length per doc kind, for BM25. */
  averageLength: Readonly<Record<Doc["kind"], number>>;
  /** Keys of the article's own entities. */
  entities: ReadonlySet<string>;
  /** Per paragraph (from 1), its terms with their counts, and its length. */
  paragraphs: readonly { terms: ReadonlyMap<string, number>; length: number }[];
}

export interface CorpusIndex {
  corpus: readonly ArticleKnowledge[];
  docs: readonly Doc[];
  articles: readonly ArticleStats[];
  /** The docs holding a term, with its count in each. */
  postings(term: string): Postings | undefined;
  /** Doc number → article number. */
  docArticle: Int32Array;
  /** Doc number → its bag length, and its kind (KIND_CODES); retrieval reads these, not the docs. */
  docLength: Float32Array;
  docKind: Uint8Array;
  /** Article number × 3 + kind code → the article's average bag length of that kind. */
  averageLengths: Float64Array;
  lexicon: WordLexicon;
  aliases: AliasIndex;
  /** "rok" → the words of "Republic of Korea", from the entities' names, aliases and roles. */
  initialisms: ReadonlyMap<string, readonly string[]>;
  /** Entity key → display name and type. */
  entityNames: ReadonlyMap<string, string>;
  entityTypes: ReadonlyMap<string, string>;
}

/** Each doc kind's code in `docKind` and `averageLengths`. */
export const KIND_CODES: Readonly<Record<Doc["kind"], number>> = { fact: 0, quote: 1, sentence: 2 };

/**
 * Builds the index over a corpus: each article's docs and statistics, one set of postings for
 * retrieval, the aliases of every entity and the vocabulary typos are corrected against.
 * @example buildCorpusIndex(corpus).postings("busan")?.docs.length
 */
export function buildCorpusIndex(corpus: readonly ArticleKnowledge[]): CorpusIndex {
  const aliases = createAliasIndex(corpus.flatMap((k) => k.entities));
  const docs: Doc[] = [];
  const articles: ArticleStats[] = [];
  const wordCounts = new Map<string, number>();
  const entityNames = new Map<string, string>();
  const entityTypes = new Map<string, string>();
  const countWords = (text: string | undefined) => {
    if (!text) return;
    for (const { word } of tokenize(text)) wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
  };

  corpus.forEach((k, article) => {
    for (const e of k.entities) {
      entityNames.set(entityKey(e), e.name);
      entityTypes.set(entityKey(e), e.type);
      for (const text of [e.name, ...e.aliases, e.role]) countWords(text);
    }
    for (const p of k.article.paragraphs) countWords(p.text);
    for (const f of k.facts)
      for (const text of [...f.questions, f.statement, ...f.keywords]) countWords(text);

    const start = docs.length;
    const built = buildArticleDocs(k, article, aliases);
    docs.push(...built.docs);
    articles.push({
      ...articleStats(built.docs, built.sentences, start, k.article.paragraphs.length),
      entities: new Set(k.entities.map(entityKey)),
    });
  });

  return {
    corpus,
    docs,
    articles,
    postings: packPostings(docs),
    docArticle: Int32Array.from(docs, (d) => d.article),
    docLength: Float32Array.from(docs, (d) => d.length),
    docKind: Uint8Array.from(docs, (d) => KIND_CODES[d.kind]),
    averageLengths: Float64Array.from(
      articles.flatMap((a) => [
        a.averageLength.fact,
        a.averageLength.quote,
        a.averageLength.sentence,
      ]),
    ),
    lexicon: createWordLexicon(wordCounts),
    aliases,
    initialisms: buildInitialisms(
      corpus.flatMap((k) => k.entities.flatMap((e) => [e.name, ...e.aliases, e.role ?? ""])),
      corpus.flatMap((k) => k.article.paragraphs.map((p) => tokenize(p.text).map((t) => t.word))),
    ),
    entityNames,
    entityTypes,
  };
}

function articleStats(
  docs: readonly Doc[],
  sentences: readonly ArticleSentence[],
  start: number,
  paragraphCount: number,
): Omit<ArticleStats, "entities"> {
  const df = new Map<string, number>();
  const lengths = { fact: [0, 0], quote: [0, 0], sentence: [0, 0] };
  const paragraphs = Array.from({ length: paragraphCount + 1 }, () => ({
    terms: new Map<string, number>(),
    length: 0,
  }));
  for (const doc of docs) {
    const l = lengths[doc.kind];
    l[0] = (l[0] ?? 0) + doc.length;
    l[1] = (l[1] ?? 0) + 1;
    if (doc.kind !== "sentence") continue;
    const p = paragraphs[doc.paragraph];
    for (const [term, n] of doc.bag) {
      df.set(term, (df.get(term) ?? 0) + 1);
      if (p) p.terms.set(term, (p.terms.get(term) ?? 0) + n);
    }
    if (p) p.length += doc.length;
  }
  const average = (l: number[]) => ((l[1] ?? 0) > 0 ? (l[0] ?? 0) / (l[1] ?? 1) : 1);
  return {
    start,
    end: start + docs.length,
    sentences,
    df,
    averageLength: {
      fact: average(lengths.fact),
      quote: average(lengths.quote),
      sentence: average(lengths.sentence),
    },
    paragraphs,
  };
}
