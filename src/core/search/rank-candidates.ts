import { meetsGranularity } from "../question/detect-intent.js";
import { countedTerms, factTypeFit, numbersIn, textTypeFit } from "../question/type-fit.js";
import { termOf } from "../text/terms.js";
import type { AnalyzedQuestion, QueryTerm } from "./analyze-question.js";
import { type CorpusIndex, type Doc, firstAtOrAfter, type Posting } from "./corpus-index.js";

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
  /** A fact whose number counts something the question doesn't name keeps this share. */
  otherCountFactor: 0.75,
  /** Facts are curated answers; quotes and raw sentences rank a little lower on ties. */
  kindFactor: { fact: 1, quote: 0.93, sentence: 0.8 } as const,
});

interface WeightedTerm {
  term: string;
  weight: number;
}

/**
 * The question as one article sees it: each word weighed by its rarity in that article, so an
 * article's answers do not change as other articles are added. A word only other articles use
 * is, for this one, a thing it does not cover.
 */
interface ArticleView {
  terms: WeightedTerm[];
  total: number;
  idf(term: string): number;
  /** The question's entities this article knows; another article's are unknown words here. */
  entities: string[];
  unknownFit: number;
}

export function viewOf(
  question: AnalyzedQuestion,
  index: CorpusIndex,
  article: number,
): ArticleView {
  const n = index.docsIn(article);
  const maxIdf = Math.log(1 + Math.max(n, 1));
  const idf = (term: string): number => {
    const df = index.dfIn(term, article);
    return df > 0 ? Math.log(1 + n / df) : 0;
  };
  const elsewhere = (term: string) => (index.postings.get(term)?.length ?? 0) > 0;
  // Words naming an entity of this article and others of other articles ("the Busan mayor")
  // are read as this article's entity; the others' keys are not missing things here.
  const readHere = question.terms.filter((t) => t.entity && idf(t.term) > 0).map((t) => t.span);
  const overlapsReading = (span: QueryTerm["span"]) =>
    span !== undefined && readHere.some((r) => r && r.start < span.end && span.start < r.end);
  let unknownThings = 0;
  const terms = question.terms.map(({ term, known, entity, specific, span }) => {
    if (entity && idf(term) === 0 && overlapsReading(span)) return { term, weight: 0 };
    const rarity = known ? idf(term) : 0;
    // A word the article doesn't use is what it doesn't cover; an ordinary word counts for less.
    if (rarity === 0) {
      if (specific && (!known || elsewhere(term))) unknownThings++;
      return {
        term,
        weight: maxIdf * (specific ? RANKING.unknownWeight : RANKING.unknownGenericWeight),
      };
    }
    return { term, weight: entity ? rarity * RANKING.entityBoost : rarity };
  });
  return {
    terms,
    total: terms.reduce((sum, t) => sum + t.weight, 0),
    idf,
    entities: question.entities.filter((e) => idf(e) > 0 || !elsewhere(e)),
    // Each thing the question names that the article doesn't know ("the salary", "Seoul").
    unknownFit: RANKING.unknownThingFactor ** unknownThings,
  };
}

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
    // "How many X": a count of something else ("9,000 Cambodians" for "how much was the quota raised").
    if (question.wanted === "number" && !countsAsked(doc, question))
      return fit * RANKING.otherCountFactor;
    return fit;
  }
  if (question.wanted === "number" && !countsAsked(doc, question)) return RANKING.coarseFactor;
  return textTypeFit(question.wanted, doc.text, doc.kind === "quote");
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
  if (question.terms.length === 0) return [];
  const views = new Map<number, ArticleView>();
  const view = (article: number): ArticleView => {
    let v = views.get(article);
    if (!v) {
      v = viewOf(question, index, article);
      views.set(article, v);
    }
    return v;
  };

  const overlap = new Map<number, number>();
  const [from, to] =
    inArticle === undefined ? [0, index.docs.length] : (index.docRanges[inArticle] ?? [0, 0]);
  question.terms.forEach(({ term }, t) => {
    const list = index.postings.get(term) ?? [];
    for (let i = firstAtOrAfter(list, from); i < list.length; i++) {
      const p = list[i] as Posting;
      if (p.doc >= to) break;
      const doc = index.docs[p.doc] as Doc;
      const weight = view(doc.article).terms[t]?.weight ?? 0;
      overlap.set(p.doc, (overlap.get(p.doc) ?? 0) + weight * p.weight);
    }
  });
  const coverageOf = (docId: number, matched: number): number => {
    const total = view((index.docs[docId] as Doc).article).total;
    return total === 0 ? 0 : matched / total;
  };
  const shortlist = [...overlap.entries()]
    .map(([docId, matched]) => [docId, coverageOf(docId, matched)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, RANKING.shortlist);

  const candidates: Candidate[] = [];
  for (const [docId, coverage] of shortlist) {
    const doc = index.docs[docId];
    if (!doc) continue;
    const v = view(doc.article);
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
      echoFit(doc, question) *
      v.unknownFit *
      RANKING.kindFactor[doc.kind];
    candidates.push({ doc: docId, score: Math.min(1, score) });
  }
  return candidates.sort((a, b) => b.score - a.score);
}
