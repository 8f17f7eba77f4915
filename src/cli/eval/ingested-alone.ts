import { type Answer, type ArticleKnowledge, createEngine } from "../../core/index.js";
import { words } from "../../core/text/normalize.js";
import { STOP_WORDS } from "../../core/text/stop-words.js";
import { IngestError, ingestArticle } from "../../ingest/index.js";
import type { EvalQuestion } from "./eval-file.js";
import { type EvalResult, type EvalSummary, isAnswerable, summarise } from "./score.js";

/** The sentence a curated fact or quote stands on: where a right answer must come from. */
export interface Passage {
  article: string;
  paragraph: number;
  words: Set<string>;
}

/**
 * An answer counts when its cited text and the expected passage share this share of the shorter
 * one's words: the same sentence, or a quote inside it, while a neighbouring sentence of the same
 * paragraph does not.
 */
const SAME_PASSAGE = 0.6;

const contentWords = (text: string): Set<string> =>
  new Set(words(text).filter((w) => !STOP_WORDS.has(w)));

function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

/**
 * The passages of every fact and quote of the curated corpus, found by what an eval line
 * expects: `<article>/<id>`, or the bare id (which may name entries of several articles).
 */
export function passagesOf(corpus: readonly ArticleKnowledge[]): Map<string, Passage[]> {
  const out = new Map<string, Passage[]>();
  const put = (key: string, passage: Passage) => out.set(key, [...(out.get(key) ?? []), passage]);
  for (const k of corpus) {
    const article = k.article.id;
    const entries = [
      ...k.facts.map((f) => ({ id: f.id, paragraph: f.paragraph, text: f.evidence })),
      ...k.quotes.map((q) => ({ id: q.id, paragraph: q.paragraph, text: q.text })),
    ];
    for (const { id, paragraph, text } of entries) {
      const passage = { article, paragraph, words: contentWords(text) };
      put(`${article}/${id}`, passage);
      put(id, passage);
    }
  }
  return out;
}

/**
 * Ingested knowledge has its own fact ids, so an answer is judged by what it cites: right when an
 * answerable question is answered from the sentence of one of its expected curated entries.
 * Lenient where one sentence holds several facts (a date asked, the count in the same sentence
 * given); the id-based score of the curated knowledge stays the stricter measure.
 */
export function isCorrectByPassage(
  item: EvalQuestion,
  answer: Answer,
  passages: ReadonlyMap<string, readonly Passage[]>,
): boolean {
  if (!isAnswerable(item)) return !answer.answered;
  if (!answer.answered) return false;
  const expected = item.expect.flatMap((e) => passages.get(e) ?? []);
  return answer.sources.some((source) => {
    const cited = contentWords(source.text);
    return expected.some(
      (p) =>
        p.article === source.article &&
        p.paragraph === source.paragraph &&
        overlap(cited, p.words) >= SAME_PASSAGE,
    );
  });
}

/** The same article, knowing only what ingestion finds in its text. */
export function ingestedTwin(k: ArticleKnowledge): ArticleKnowledge {
  return ingestArticle(k.article.paragraphs.map((p) => p.text).join("\n\n"), {
    id: k.article.id,
    title: k.article.title,
    source: k.article.source,
    ...(k.article.published ? { published: k.article.published } : {}),
  });
}

export interface IngestedComparison {
  /** Ids of the curated articles that were re-ingested. */
  articles: string[];
  /** The curated knowledge, scored by cited passage like the ingested one. */
  curated: EvalSummary;
  ingested: EvalSummary;
}

/**
 * Scores the eval questions twice by cited passage: on the corpus as loaded, and with every
 * curated article replaced by its ingestion alone. Null when no article is curated.
 */
export function compareWithIngestion(
  corpus: readonly ArticleKnowledge[],
  items: readonly EvalQuestion[],
  /** The loaded corpus's answers to `items`, when the caller has them already. */
  curatedAnswers?: readonly Answer[],
): IngestedComparison | null {
  // A curated article whose text ingestion cannot read (no words in it) keeps its knowledge.
  const twinOf = (k: ArticleKnowledge): ArticleKnowledge | undefined => {
    if (k.article.origin !== "curated") return undefined;
    try {
      return ingestedTwin(k);
    } catch (error) {
      if (error instanceof IngestError) return undefined;
      throw error;
    }
  };
  const twins = corpus.map(twinOf);
  const curated = corpus.filter((_, i) => twins[i] !== undefined);
  if (curated.length === 0) return null;
  const passages = passagesOf(corpus);
  const twinCorpus = corpus.map((k, i) => twins[i] ?? k);
  const answersOf = (engine: ReturnType<typeof createEngine>): Answer[] =>
    items.map((item) =>
      engine.answer(item.question, item.article ? { article: item.article } : {}),
    );
  const score = (answers: readonly Answer[]): EvalSummary =>
    summarise(
      items.map((item, i): EvalResult => {
        const answer = answers[i] as Answer;
        return { item, answer, correct: isCorrectByPassage(item, answer, passages) };
      }),
    );
  return {
    articles: curated.map((k) => k.article.id),
    curated: score(curatedAnswers ?? answersOf(createEngine([...corpus]))),
    ingested: score(answersOf(createEngine(twinCorpus))),
  };
}
