import { splitSentences } from "../analyze/split-sentences.js";
import { tokenize } from "../analyze/tokenize.js";
import type { AnswerType, ArticleKnowledge } from "../knowledge/schema.js";
import { createAliasIndex, entityKey } from "./alias-index.js";
import { type ArticleSentence, buildArticleDocs, type Doc } from "./article-docs.js";
import { initialismCandidates } from "./initialisms.js";
import { encodeSpans, tagSpans } from "./spans.js";

/** Terms (or words) with their counts, as two lists, in the order they were first met. */
export interface TermCounts {
  terms: string[];
  counts: number[];
}

/** A doc as stored: its fact or quote by position in the article's knowledge, sets and maps as lists. */
export interface StoredDoc {
  kind: Doc["kind"];
  paragraph: number;
  sentence: number;
  text: string;
  ref: string;
  answerType: AnswerType | null;
  /** Position of the doc's fact in the article's facts, or of its quote in its quotes. */
  fact?: number;
  quote?: number;
  speaker?: string;
  subject?: string;
  textTerms: string[];
  /** Its length for BM25 is the sum of the counts. */
  bag: TermCounts;
  phrasings: string[][];
  entities: string[];
  about: string[];
  answerTerms: string[];
}

/** A sentence as stored: its terms, and the entity keys it names. */
export interface StoredSentence {
  paragraph: number;
  text: string;
  start: number;
  terms: string[];
  entities: string[];
}

/**
 * Everything the engine needs of one article that does not depend on any other article: its
 * docs, sentences and statistics (idf is per article), the words typos are corrected against,
 * its initialisms, and, when asked for, the candidate answers of every sentence. Plain data:
 * `JSON.stringify` stores it and `JSON.parse` gives it back whole. A change to what it holds,
 * or to how the analyzer reads text, must raise the stored index's format (src/data/stored-index.ts).
 */
export interface ArticleIndex {
  docs: StoredDoc[];
  sentences: StoredSentence[];
  /** In how many of the article's sentences each term occurs. */
  df: TermCounts;
  /** Average bag length per doc kind, for BM25. */
  averageLength: Record<Doc["kind"], number>;
  /** Per paragraph (from 1; entry 0 is empty), its terms with their counts, and its length. */
  paragraphs: (TermCounts & { length: number })[];
  /** The key of each of the article's entities, in the order of its entities. */
  entityKeys: string[];
  /** Every word of its names, paragraphs and fact phrasings, with its count. */
  words: TermCounts;
  /** Initialism → the name it stands for (null: the article gives it two). */
  initialisms: [string, string | null][];
  /** Per sentence, its candidate short answers (`encodeSpans`); absent: tagged when first asked for. */
  spans?: number[][];
}

export interface ArticleIndexOptions {
  /**
   * Tag every sentence's candidate answers now (about 2 ms a sentence), as a stored index does;
   * an index built at start-up leaves them to the first question that needs them.
   */
  spans?: boolean;
  /** Spans tagged earlier, elsewhere (`tagArticleSpans` in an ingest worker), by sentence text. */
  tagged?: ReadonlyMap<string, number[]>;
}

/**
 * Analyses one article on its own: what a stored index holds, and what `assembleCorpusIndex`
 * puts together with the other articles' without analysing anything again.
 * @example buildArticleIndex(knowledge).sentences[0]?.terms
 */
export function buildArticleIndex(
  knowledge: ArticleKnowledge,
  options: ArticleIndexOptions = {},
): ArticleIndex {
  // Entities are matched only among the article's own, so its own alias index is enough.
  const { docs, sentences } = buildArticleDocs(knowledge, 0, createAliasIndex(knowledge.entities));
  const factAt = new Map(knowledge.facts.map((f, i) => [f, i]));
  const quoteAt = new Map(knowledge.quotes.map((q, i) => [q, i]));
  return {
    docs: docs.map((doc) => storeDoc(doc, factAt, quoteAt)),
    sentences: sentences.map(storeSentence),
    ...articleStats(docs, knowledge.article.paragraphs.length),
    entityKeys: knowledge.entities.map(entityKey),
    words: countWords(knowledge),
    initialisms: [
      ...initialismCandidates(
        knowledge.entities.flatMap((e) => [e.name, ...e.aliases, e.role ?? ""]),
        knowledge.article.paragraphs.map((p) => tokenize(p.text).map((t) => t.word)),
      ),
    ],
    ...(options.spans
      ? {
          spans: sentences.map((s) => options.tagged?.get(s.text) ?? encodeSpans(tagSpans(s.text))),
        }
      : {}),
  };
}

/**
 * The candidate answers of every sentence of an article, by sentence text, for
 * `buildArticleIndex(k, { spans: true, tagged })`: the slow part of a stored index (compromise
 * tags each sentence), done where there are threads to spare.
 */
export function tagArticleSpans(knowledge: ArticleKnowledge): Map<string, number[]> {
  const tagged = new Map<string, number[]>();
  for (const p of knowledge.article.paragraphs) {
    for (const s of splitSentences(p.text)) {
      if (!tagged.has(s.text)) tagged.set(s.text, encodeSpans(tagSpans(s.text)));
    }
  }
  return tagged;
}

function storeDoc(
  doc: Doc,
  factAt: ReadonlyMap<unknown, number>,
  quoteAt: ReadonlyMap<unknown, number>,
): StoredDoc {
  const { article: _a, fact, quote, curated: _c, length: _l, bag, entities, about, ...rest } = doc;
  return {
    ...rest,
    ...(fact ? { fact: factAt.get(fact) ?? -1 } : {}),
    ...(quote ? { quote: quoteAt.get(quote) ?? -1 } : {}),
    textTerms: [...doc.textTerms],
    bag: termCounts(bag),
    phrasings: doc.phrasings.map((p) => [...p]),
    entities: [...entities],
    about: [...about],
    answerTerms: [...doc.answerTerms],
  };
}

/** The sentence's entity keys are what its term set holds beyond its terms. */
function storeSentence(s: ArticleSentence): StoredSentence {
  const terms = new Set(s.terms);
  return {
    paragraph: s.paragraph,
    text: s.text,
    start: s.start,
    terms: [...s.terms],
    entities: [...s.termSet].filter((t) => !terms.has(t)),
  };
}

function termCounts(map: ReadonlyMap<string, number>): TermCounts {
  return { terms: [...map.keys()], counts: [...map.values()] };
}

function articleStats(
  docs: readonly Doc[],
  paragraphCount: number,
): Pick<ArticleIndex, "df" | "averageLength" | "paragraphs"> {
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
    df: termCounts(df),
    averageLength: {
      fact: average(lengths.fact),
      quote: average(lengths.quote),
      sentence: average(lengths.sentence),
    },
    paragraphs: paragraphs.map((p) => ({ ...termCounts(p.terms), length: p.length })),
  };
}

/** The words typos are corrected against: names, paragraphs and fact phrasings, counted. */
function countWords(k: ArticleKnowledge): TermCounts {
  const counts = new Map<string, number>();
  const count = (text: string | undefined) => {
    if (!text) return;
    for (const { word } of tokenize(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  };
  for (const e of k.entities) for (const text of [e.name, ...e.aliases, e.role]) count(text);
  for (const p of k.article.paragraphs) count(p.text);
  for (const f of k.facts)
    for (const text of [...f.questions, f.statement, ...f.keywords]) count(text);
  return termCounts(counts);
}
