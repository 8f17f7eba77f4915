import type { AnalyzedQuestion } from "./analyze-question.js";
import type { CorpusIndex } from "./corpus-index.js";

/** Knobs of the ranking (see RANKING) that weighing needs. */
export interface TermWeights {
  entityBoost: number;
  /** An entity named inside a longer name the article knows, instead of entityBoost. */
  nestedEntity: number;
  /** A thing the article doesn't name, times the article's rarest word. */
  unknownSpecific: number;
  /** An ordinary word the article doesn't use. */
  unknownGeneric: number;
}

/**
 * What does not change from article to article: per question term, whether any article holds
 * it, and which entity terms were read from overlapping words ("Busan mayor" names one mayor
 * in each article that has one).
 */
export interface QuestionShape {
  question: AnalyzedQuestion;
  elsewhere: boolean[];
  /** overlaps[i] lists the entity terms read from words overlapping term i's. */
  overlaps: number[][];
  /** inside[i] lists the entity terms whose longer span holds term i's ("Asean" in "Asean-Korea Centre"). */
  inside: number[][];
}

export function shapeOf(question: AnalyzedQuestion, index: CorpusIndex): QuestionShape {
  const terms = question.terms;
  const longer = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
  return {
    question,
    inside: terms.map((a, i) =>
      terms.flatMap((b, j) =>
        j !== i && a.entity && b.entity && a.span && b.span && longer(a.span, b.span) ? [j] : [],
      ),
    ),
    elsewhere: terms.map((t) => (index.postings(t.term)?.docs.length ?? 0) > 0),
    overlaps: terms.map((a, i) => {
      const span = a.entity ? a.span : undefined;
      if (!span) return [];
      return terms.flatMap((b, j) =>
        j !== i && b.entity && b.span && b.span.start < span.end && span.start < b.span.end
          ? [j]
          : [],
      );
    }),
  };
}

/**
 * Weighs each question term as one article sees it: by its rarity in that article (idf over
 * the article's docs), so an article's answers do not change as other articles are added. A
 * word only other articles use is, for this one, a thing it does not cover; another article's
 * reading of words this article reads as its own entity weighs nothing.
 *
 * @param dfs per question term, how many of the article's docs hold it
 * @param out receives the weights; returns their total and the count of unknown things
 */
export function weighForArticle(
  shape: QuestionShape,
  docsInArticle: number,
  dfs: ArrayLike<number>,
  knobs: TermWeights,
  out: Float64Array,
): { total: number; unknownThings: number } {
  const terms = shape.question.terms;
  const maxIdf = Math.log(1 + Math.max(docsInArticle, 1));
  let total = 0;
  let unknownThings = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    if (!t) continue;
    const df = dfs[i] ?? 0;
    let weight: number;
    if (t.known && df > 0) {
      const idf = Math.log(1 + docsInArticle / df);
      // A name inside a longer one the article knows adds little: the longer one says it.
      const nested = (shape.inside[i] ?? []).some((j) => (dfs[j] ?? 0) > 0);
      weight = t.entity ? idf * (nested ? knobs.nestedEntity : knobs.entityBoost) : idf;
    } else if (t.entity && (shape.overlaps[i] ?? []).some((j) => (dfs[j] ?? 0) > 0)) {
      weight = 0;
    } else {
      if (t.specific && (!t.known || shape.elsewhere[i])) unknownThings++;
      weight = maxIdf * (t.specific ? knobs.unknownSpecific : knobs.unknownGeneric);
    }
    out[i] = weight;
    total += weight;
  }
  return { total, unknownThings };
}
