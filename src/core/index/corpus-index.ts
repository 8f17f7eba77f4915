import type { ArticleKnowledge } from "../knowledge/schema.js";
import { type AliasIndex, createAliasIndex, entityKey } from "./alias-index.js";
import type { ArticleDocs, ArticleSentence, Doc } from "./article-docs.js";
import { type ArticleIndex, buildArticleIndex, type TermCounts } from "./article-index.js";
import { mergeInitialisms } from "./initialisms.js";
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
  /** Per sentence, its candidate answers as stored (`encodeSpans`); absent: tagged when asked for. */
  spans?: readonly (readonly number[])[];
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
 * Builds the index over a corpus: each article analysed on its own (`buildArticleIndex`), then
 * put together (`assembleCorpusIndex`).
 * @example buildCorpusIndex(corpus).postings("busan")?.docs.length
 */
export function buildCorpusIndex(corpus: readonly ArticleKnowledge[]): CorpusIndex {
  return assembleCorpusIndex(
    corpus,
    corpus.map((k) => buildArticleIndex(k)),
  );
}

/**
 * Puts the articles' own indexes together, analysing nothing again: their docs numbered through
 * the corpus, one set of postings for retrieval, the aliases of every entity, the vocabulary
 * typos are corrected against and the initialisms all articles agree on. `articles[i]` is the
 * index of `corpus[i]`, built by `buildArticleIndex` now or read back from where it was stored.
 * @example assembleCorpusIndex(corpus, corpus.map((k) => buildArticleIndex(k)))
 */
export function assembleCorpusIndex(
  corpus: readonly ArticleKnowledge[],
  articleIndexes: readonly ArticleIndex[],
): CorpusIndex {
  if (articleIndexes.length !== corpus.length)
    throw new Error(`${articleIndexes.length} article indexes for ${corpus.length} articles`);
  const docs: Doc[] = [];
  const articles: ArticleStats[] = [];
  const wordCounts = new Map<string, number>();
  const entityNames = new Map<string, string>();
  const entityTypes = new Map<string, string>();

  corpus.forEach((k, article) => {
    const stored = articleIndexes[article] as ArticleIndex;
    k.entities.forEach((e, i) => {
      const key = stored.entityKeys[i] ?? entityKey(e);
      entityNames.set(key, e.name);
      entityTypes.set(key, e.type);
    });
    const { terms, counts } = stored.words;
    terms.forEach((word, i) => {
      wordCounts.set(word, (wordCounts.get(word) ?? 0) + (counts[i] ?? 0));
    });
    const start = docs.length;
    const built = articleDocs(stored, k, article);
    docs.push(...built.docs);
    articles.push({
      start,
      end: docs.length,
      sentences: built.sentences,
      df: toMap(stored.df),
      averageLength: stored.averageLength,
      entities: new Set(stored.entityKeys),
      paragraphs: stored.paragraphs.map((p) => ({ terms: toMap(p), length: p.length })),
      ...(stored.spans ? { spans: stored.spans } : {}),
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
    aliases: createAliasIndex(corpus.flatMap((k) => k.entities)),
    initialisms: mergeInitialisms(articleIndexes.map((a) => a.initialisms)),
    entityNames,
    entityTypes,
  };
}

/** The article's stored docs and sentences as the engine reads them: numbered, with maps and sets. */
function articleDocs(stored: ArticleIndex, k: ArticleKnowledge, article: number): ArticleDocs {
  const curated = k.article.origin === "curated";
  const docs = stored.docs.map((d): Doc => {
    const { fact, quote, bag, entities, about, ...rest } = d;
    let length = 0;
    for (const n of bag.counts) length += n;
    const doc: Doc = {
      ...rest,
      article,
      bag: toMap(bag),
      length,
      entities: new Set(entities),
      about: new Set(about),
      curated,
    };
    const f = fact === undefined ? undefined : k.facts[fact];
    const q = quote === undefined ? undefined : k.quotes[quote];
    if (f) doc.fact = f;
    if (q) doc.quote = q;
    return doc;
  });
  const sentences = stored.sentences.map(
    (s): ArticleSentence => ({
      paragraph: s.paragraph,
      text: s.text,
      start: s.start,
      terms: s.terms,
      termSet: new Set([...s.terms, ...s.entities]),
    }),
  );
  return { docs, sentences };
}

function toMap({ terms, counts }: TermCounts): Map<string, number> {
  const map = new Map<string, number>();
  terms.forEach((term, i) => {
    map.set(term, counts[i] ?? 0);
  });
  return map;
}
