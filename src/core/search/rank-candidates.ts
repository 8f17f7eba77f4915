import { meetsGranularity } from "../question/detect-intent.js";
import { countedTerms, factTypeFit, numbersIn, textTypeFit } from "../question/type-fit.js";
import { termOf } from "../text/terms.js";
import type { AnalyzedQuestion } from "./analyze-question.js";
import { type QuestionShape, shapeOf, type TermWeights, weighForArticle } from "./article-view.js";
import { type CorpusIndex, type Doc, firstAtOrAfter } from "./corpus-index.js";
import { preferLiteralNames } from "./literal-name.js";
import { preferNearest } from "./nearest-answer.js";
import { scratchFor, topByCoverage } from "./shortlist.js";

export interface Candidate {
  doc: number;
  /** 0..1: how sure we are that this doc answers the question. */
  score: number;
}

/** Every ranking knob in one frozen object, as fuse.js keeps its options. */
export const RANKING = Object.freeze({
  /** How many docs, by raw term overlap, get the full scoring. */
  shortlist: 80,
  /** A word no article uses weighs this much times the rarest known term: it is what's missing. */
  unknownWeight: 1.3,
  /** …and an ordinary English verb or adjective the articles don't use ("hurry", "leads") this much. */
  unknownGenericWeight: 0.8,
  /** Entities named in a question weigh more than other words. */
  entityBoost: 1.6,
  /** …and one named inside a longer name ("Asean" in "Asean-Korea Centre") weighs this much times its idf. */
  nestedEntityWeight: 0.5,
  /** Facts: share of the score from covering the question's words vs matching a phrasing. */
  coverageShare: 0.8,
  /** A doc about none of the question's entities keeps this share of its score. */
  noEntityFactor: 0.35,
  /** Share of the score lost for an entity the doc's evidence only mentions in passing. */
  passingEntityPenalty: 0.5,
  /** Per word naming something no article knows, every candidate keeps this share. */
  unknownThingFactor: 0.7,
  /** A fact whose answer just repeats the question keeps this share. */
  echoFactor: 0.55,
  /** An answer less precise than asked ("Monday" for "what time") keeps this share. */
  coarseFactor: 0.45,
  /** A person whose title names a thing the question names ("Busan city mayor") gets this much more. */
  titleBoost: 1.1,
  /** A quote, for "who…" asked without its reporting verb, fits this much: it answers with words, not a name. */
  otherQuoteFactor: 0.7,
  /** A fact naming another person than the one whose name is asked keeps this share. */
  otherPersonFactor: 0.6,
  /** A fact whose number counts something the question doesn't name keeps this share. */
  otherCountFactor: 0.75,
  /** Among the best candidates, facts of one sentence are told apart by where their answers stand… */
  nearestAmong: 10,
  /** …and one whose answer is farther from the question's words keeps this share. */
  fartherFactor: 0.9,
  /** …and one that does not use the name the question typed for a thing ("RCEP") this share. */
  paraphraseFactor: 0.97,
  /** Facts are curated answers; quotes and raw sentences rank a little lower on ties. */
  kindFactor: { fact: 1, quote: 0.93, sentence: 0.8 } as const,
});

interface WeightedTerm {
  term: string;
  weight: number;
}

/** The question as one shortlisted article sees it. */
interface ArticleView {
  terms: WeightedTerm[];
  total: number;
  idf(term: string): number;
  /** The question's entities this article knows; another article's are unknown words here. */
  entities: string[];
  unknownFit: number;
}

const KNOBS: TermWeights = Object.freeze({
  entityBoost: RANKING.entityBoost,
  nestedEntity: RANKING.nestedEntityWeight,
  unknownSpecific: RANKING.unknownWeight,
  unknownGeneric: RANKING.unknownGenericWeight,
});

/** Dice overlap between the question and a phrasing, weighted by idf. */
function phrasingSimilarity(view: ArticleView, phrasing: Set<string>): number {
  if (phrasing.size === 0 || view.total === 0) return 0;
  let shared = 0;
  for (const { term, weight } of view.terms) if (phrasing.has(term)) shared += weight;
  let phrasingTotal = 0;
  for (const term of phrasing)
    phrasingTotal += view.idf(term) * (term.startsWith("@") ? RANKING.entityBoost : 1);
  return (2 * shared) / (view.total + phrasingTotal);
}

function typeFit(doc: Doc, question: AnalyzedQuestion): number {
  // "What time…" is not answered by "Monday", nor "which year" by "last week".
  if (!meetsGranularity(question.granularity, doc.fact?.answer ?? doc.text))
    return RANKING.coarseFactor;
  if (question.saying && doc.kind === "quote") return 1 / RANKING.kindFactor.quote;
  if (doc.kind === "fact" && doc.answerType) {
    const fit = factTypeFit(question.wanted, doc.answerType);
    // "How much traffic will the lanes cut" is not answered by what they cost.
    if (isMoney(doc.fact?.answer ?? "") && question.counted.length > 0 && !asksMoney(question))
      return RANKING.coarseFactor;
    // "How many X": a count of something else ("9,000 Cambodians" for "how much was the quota
    // raised"); "how much did the trust give" asks an amount of money, which counts nothing.
    if (
      question.wanted === "number" &&
      question.granularity !== "money" &&
      !countsAsked(doc, question)
    )
      return fit * RANKING.otherCountFactor;
    return fit;
  }
  if (question.wanted === "number" && !countsAsked(doc, question)) return RANKING.coarseFactor;
  // "Who urged Korea to…" is answered by whoever urged it; "who is the director" is not a quote.
  if (question.wanted === "person" && doc.quote && !askedVerb(doc, question))
    return RANKING.otherQuoteFactor;
  return textTypeFit(question.wanted, doc.text, doc.kind === "quote");
}

const isMoney = (answer: string): boolean => meetsGranularity("money", answer);
/** A question whose counted words are money ("how much money", "how many euros"). */
const asksMoney = (question: AnalyzedQuestion): boolean =>
  question.granularity === "money" || question.counted.some((t) => MONEY_TERMS.has(t));
const MONEY_TERMS: ReadonlySet<string> = new Set(
  `money euro dollar pound cash fund funding budget cost price aid grant grants compensation
  investment donation loan subsidy spending salary wage fee tax revenue profit debt`
    .split(/\s+/)
    .map(termOf),
);

/** True when the question uses the quote's reporting verb ("who urged…" and "urged"). */
function askedVerb(doc: Doc, question: AnalyzedQuestion): boolean {
  const verbTerms = doc.verbTerms ?? [];
  return question.terms.some((t) => verbTerms.includes(t.term));
}

/** The question's terms with its entities' name words: what a number in an answer may count. */
function askedTerms(question: AnalyzedQuestion): Set<string> {
  if (question.counted.length > 0) return new Set(question.counted);
  const out = new Set<string>();
  for (const t of question.terms) {
    if (!t.entity) out.add(t.term);
    else for (const w of t.term.slice(1).split("_")) out.add(termOf(w));
  }
  return out;
}

/** What each doc's numbers count, worked out the first time a "how many" question needs it. */
const countedByDoc = new WeakMap<Doc, Set<string>>();
function countsAsked(doc: Doc, question: AnalyzedQuestion): boolean {
  let counted = countedByDoc.get(doc);
  if (!counted) {
    const fact = doc.fact;
    const numbers = fact ? numbersIn(fact.answer) : undefined;
    counted =
      fact && numbers && numbers.size > 0
        ? countedTerms(`${fact.answer}. ${fact.statement}`, numbers)
        : countedTerms(fact ? `${fact.answer}. ${fact.statement}` : doc.text);
    countedByDoc.set(doc, counted);
  }
  for (const term of askedTerms(question)) if (counted.has(term)) return true;
  return false;
}

/** An answer made only of what the question already says ("who is Kin Phea?" → "Kin Phea") answers nothing. */
function echoFit(doc: Doc, question: AnalyzedQuestion): number {
  if (doc.answerWords.size === 0) return 1;
  let echoed = 0;
  for (const word of doc.answerWords) if (question.words.has(word)) echoed++;
  return echoed / doc.answerWords.size >= 0.7 ? RANKING.echoFactor : 1;
}

/** "Who leads the Busan city government": the answer's own title names Busan ("Busan city mayor"). */
function titledBy(
  people: readonly string[],
  question: AnalyzedQuestion,
  index: CorpusIndex,
): boolean {
  for (const person of people) {
    const named = index.roleNames.get(person);
    if (named?.some((key) => question.entities.includes(key))) return true;
  }
  return false;
}

/**
 * How well the person a fact answers with fits who the question asks for: not the one it names
 * ("who did Martin meet"), the one it describes ("name of the deputy PM who went to Busan"),
 * best one whose title names what it asks about ("who leads Busan").
 */
function answerPersonFit(doc: Doc, question: AnalyzedQuestion, index: CorpusIndex): number {
  // "Busan mayor name?" is not answered by his title: the question already gives it.
  if (doc.fact?.answerType === "role" && doc.subject && question.askedFor.includes(doc.subject))
    return RANKING.echoFactor;
  if (question.wanted !== "person" || !doc.answerNames) return 1;
  const people = doc.answerNames.filter((key) => index.entityTypes.get(key) === "person");
  if (people.length === 0) return 1;
  // "Who did Martin meet?" is not answered by Martin.
  if (people.every((key) => question.namedPeople.includes(key))) return RANKING.echoFactor;
  if (question.askedFor.length > 0 && !people.some((key) => question.askedFor.includes(key)))
    return RANKING.otherPersonFactor;
  return titledBy(people, question, index) ? RANKING.titleBoost : 1;
}

function entityFit(doc: Doc, entities: readonly string[], index: CorpusIndex): number {
  if (entities.length === 0) return 1;
  // "Sokhonn's position" is not answered by Hun Sen's role, though that fact mentions Sokhonn.
  if (
    doc.fact?.answerType === "role" &&
    doc.subject !== undefined &&
    index.entityTypes.get(doc.subject) === "person" &&
    !entities.includes(doc.subject) &&
    entities.some((e) => index.entityTypes.get(e) === "person")
  )
    return RANKING.noEntityFactor;
  const n = entities.length;
  const missing = entities.filter((e) => !doc.entities.has(e)).length;
  if (missing === n) return RANKING.noEntityFactor;
  // Named only in passing by the evidence ("…representing Hun Sen"): the fact is about something else.
  const passing = entities.filter((e) => doc.entities.has(e) && !doc.about.has(e)).length;
  return 1 - (0.4 * missing) / n - (RANKING.passingEntityPenalty * passing) / n;
}

/**
 * Scores docs for a question: idf-weighted coverage of its terms (an unknown word counts
 * against every doc), similarity to a curated phrasing, answer-type fit and entity overlap.
 * An inverted index picks the shortlist, so cost follows the question, not the corpus.
 */
export function rankCandidates(
  question: AnalyzedQuestion,
  index: CorpusIndex,
  inArticle?: number,
): Candidate[] {
  const count = question.terms.length;
  if (count === 0) return [];
  const shape = shapeOf(question, index);
  const [from, to] =
    inArticle === undefined ? [0, index.docs.length] : (index.docRanges[inArticle] ?? [0, 0]);
  const none = { docs: new Int32Array(0), weights: new Float64Array(0) };
  const lists = question.terms.map(({ term }) => {
    const list = index.postings(term) ?? none;
    return { list, first: firstAtOrAfter(list.docs, from) };
  });
  const { docArticle } = index;
  const articleOf = (doc: number): number => docArticle[doc] ?? 0;
  const scratch = scratchFor(index, count);

  // Pass 1: in how many of each article's docs each question term occurs.
  const touchedArticles: number[] = [];
  const dfs = scratch.dfs;
  lists.forEach(({ list, first }, t) => {
    for (let i = first; i < list.docs.length; i++) {
      const doc = list.docs[i] ?? 0;
      if (doc >= to) break;
      const article = articleOf(doc);
      const row = article * count;
      if (scratch.articleSeen[article] !== scratch.stamp) {
        scratch.articleSeen[article] = scratch.stamp;
        touchedArticles.push(article);
        dfs.fill(0, row, row + count);
      }
      dfs[row + t] = (dfs[row + t] ?? 0) + 1;
    }
  });
  // Each article weighs the question by its own statistics (see weighForArticle).
  const weighed = new Map<
    number,
    { weights: Float64Array; total: number; unknownThings: number }
  >();
  for (const article of touchedArticles) {
    const weights = new Float64Array(count);
    const row = dfs.subarray(article * count, article * count + count);
    const sums = weighForArticle(shape, index.docsIn(article), row, KNOBS, weights);
    weighed.set(article, { weights, ...sums });
  }

  // Pass 2: each doc's share of the question.
  const overlap = scratch.overlap;
  const touchedDocs: number[] = [];
  lists.forEach(({ list, first }, t) => {
    for (let i = first; i < list.docs.length; i++) {
      const doc = list.docs[i] ?? 0;
      if (doc >= to) break;
      const weight = weighed.get(articleOf(doc))?.weights[t] ?? 0;
      if (scratch.docSeen[doc] !== scratch.stamp) {
        scratch.docSeen[doc] = scratch.stamp;
        touchedDocs.push(doc);
        overlap[doc] = 0;
      }
      overlap[doc] = (overlap[doc] ?? 0) + weight * (list.weights[i] ?? 0);
    }
  });
  const shortlist = topByCoverage(
    touchedDocs,
    (doc) => overlap[doc] ?? 0,
    (doc) => weighed.get(articleOf(doc))?.total ?? 0,
    RANKING.shortlist,
  );
  const rowOf = (article: number) => dfs.slice(article * count, article * count + count);

  const views = new Map<number, ArticleView>();
  const viewOf = (article: number): ArticleView => {
    let view = views.get(article);
    if (!view) {
      view = articleView(question, shape, index, article, rowOf(article), weighed.get(article));
      views.set(article, view);
    }
    return view;
  };
  const candidates: Candidate[] = [];
  for (const [docId, coverage] of shortlist) {
    const doc = index.docs[docId];
    if (!doc) continue;
    const v = viewOf(doc.article);
    let text = coverage;
    if (doc.kind === "fact") {
      let best = 0;
      for (const p of doc.phrasings) best = Math.max(best, phrasingSimilarity(v, p));
      text = RANKING.coverageShare * coverage + (1 - RANKING.coverageShare) * best;
    }
    const score =
      text *
      typeFit(doc, question) *
      entityFit(doc, v.entities, index) *
      answerPersonFit(doc, question, index) *
      echoFit(doc, question) *
      v.unknownFit *
      RANKING.kindFactor[doc.kind];
    candidates.push({ doc: docId, score: Math.min(1, score) });
  }
  candidates.sort((a, b) => b.score - a.score);
  preferNearest(candidates, question, index, RANKING);
  preferLiteralNames(candidates, question, index, RANKING);
  return candidates.sort((a, b) => b.score - a.score);
}

function articleView(
  question: AnalyzedQuestion,
  shape: QuestionShape,
  index: CorpusIndex,
  article: number,
  dfs: Int32Array,
  weighed: { weights: Float64Array; total: number; unknownThings: number } | undefined,
): ArticleView {
  const n = index.docsIn(article);
  // Phrasings repeat their terms across a shortlist's facts: look each up once per question.
  const known = new Map<string, number>();
  const idf = (term: string): number => {
    let value = known.get(term);
    if (value === undefined) {
      const df = index.dfIn(term, article);
      value = df > 0 ? Math.log(1 + n / df) : 0;
      known.set(term, value);
    }
    return value;
  };
  return {
    terms: question.terms.map((t, i) => ({ term: t.term, weight: weighed?.weights[i] ?? 0 })),
    total: weighed?.total ?? 0,
    idf,
    entities: question.terms.flatMap((t, i) =>
      t.entity && ((dfs[i] ?? 0) > 0 || !shape.elsewhere[i]) ? [t.term] : [],
    ),
    // Each thing the question names that the article doesn't know ("the salary", "Seoul").
    unknownFit: RANKING.unknownThingFactor ** (weighed?.unknownThings ?? 0),
  };
}
