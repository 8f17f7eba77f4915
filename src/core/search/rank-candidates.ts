import { meetsGranularity } from "../question/detect-intent.js";
import { countedTerms, factTypeFit, numbersIn, textTypeFit } from "../question/type-fit.js";
import { termOf } from "../text/terms.js";
import type { AnalyzedQuestion } from "./analyze-question.js";
import type { CorpusIndex, Doc } from "./corpus-index.js";

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

function weighTerms(question: AnalyzedQuestion, index: CorpusIndex): WeightedTerm[] {
  return question.terms.map(({ term, known, entity, specific }) => {
    const idf = known ? index.idf(term) : 0;
    // A word no article uses is what the article doesn't cover; an ordinary verb counts for less.
    if (idf === 0) {
      const weight =
        index.maxIdf * (specific ? RANKING.unknownWeight : RANKING.unknownGenericWeight);
      return { term, weight };
    }
    return { term, weight: entity ? idf * RANKING.entityBoost : idf };
  });
}

/** Dice overlap between the question and a phrasing, weighted by idf. */
function phrasingSimilarity(
  terms: WeightedTerm[],
  total: number,
  phrasing: Set<string>,
  index: CorpusIndex,
): number {
  if (phrasing.size === 0 || total === 0) return 0;
  let shared = 0;
  for (const { term, weight } of terms) if (phrasing.has(term)) shared += weight;
  let phrasingTotal = 0;
  for (const term of phrasing)
    phrasingTotal += index.idf(term) * (term.startsWith("@") ? RANKING.entityBoost : 1);
  return (2 * shared) / (total + phrasingTotal);
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

function entityFit(doc: Doc, question: AnalyzedQuestion, index: CorpusIndex): number {
  if (question.entities.length === 0) return 1;
  // "Sokhonn's position" is not answered by Hun Sen's role, though that fact mentions Sokhonn.
  if (
    doc.fact?.answerType === "role" &&
    doc.subject !== undefined &&
    index.entityTypes.get(doc.subject) === "person" &&
    !question.entities.includes(doc.subject) &&
    question.entities.some((e) => index.entityTypes.get(e) === "person")
  )
    return RANKING.noEntityFactor;
  const n = question.entities.length;
  const missing = question.entities.filter((e) => !doc.entities.has(e)).length;
  if (missing === n) return RANKING.noEntityFactor;
  // Named only in passing by the evidence ("…representing Hun Sen"): the fact is about something else.
  const passing = question.entities.filter((e) => doc.entities.has(e) && !doc.about.has(e)).length;
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
  const terms = weighTerms(question, index);
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  if (total === 0) return [];

  const overlap = new Map<number, number>();
  for (const { term, weight } of terms) {
    for (const p of index.postings.get(term) ?? []) {
      if (inArticle !== undefined && index.docs[p.doc]?.article !== inArticle) continue;
      overlap.set(p.doc, (overlap.get(p.doc) ?? 0) + weight * p.weight);
    }
  }
  // Each thing the question names that no article knows ("the salary", "Seoul") makes any answer less likely.
  const unknownThings = question.terms.filter((t) => !t.known && t.specific).length;
  const unknownFit = RANKING.unknownThingFactor ** unknownThings;
  const shortlist = [...overlap.entries()].sort((a, b) => b[1] - a[1]).slice(0, RANKING.shortlist);

  const candidates: Candidate[] = [];
  for (const [docId, matched] of shortlist) {
    const doc = index.docs[docId];
    if (!doc) continue;
    const coverage = matched / total;
    let text = coverage;
    if (doc.kind === "fact") {
      let best = 0;
      for (const p of doc.phrasings)
        best = Math.max(best, phrasingSimilarity(terms, total, p, index));
      text = RANKING.coverageShare * coverage + (1 - RANKING.coverageShare) * best;
    }
    const score =
      text *
      typeFit(doc, question) *
      entityFit(doc, question, index) *
      echoFit(doc, question) *
      unknownFit *
      RANKING.kindFactor[doc.kind];
    candidates.push({ doc: docId, score: Math.min(1, score) });
  }
  return candidates.sort((a, b) => b.score - a.score);
}
