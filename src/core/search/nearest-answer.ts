import { words } from "../text/normalize.js";
import { STOP_WORDS } from "../text/stop-words.js";
import { termOf } from "../text/terms.js";
import type { AnalyzedQuestion } from "./analyze-question.js";
import type { CorpusIndex } from "./corpus-index.js";
import type { Candidate } from "./rank-candidates.js";

/** The knobs this step needs, owned by RANKING. */
export interface NearestKnobs {
  nearestAmong: number;
  fartherFactor: number;
}

/** Answer types a sentence often gives several of: "voted on Thursday to build … by 2027". */
const SEVERAL_PER_SENTENCE: ReadonlySet<string> = new Set(["date", "number", "place"]);

/**
 * "Valencia voted on Thursday to build the lanes by 2027": both dates are facts of one sentence,
 * and "when was the vote" means the one next to "voted". Among the best facts of one sentence
 * and one answer type, those whose answer stands farther from the question's words rank lower.
 */
export function preferNearest(
  candidates: Candidate[],
  question: AnalyzedQuestion,
  index: CorpusIndex,
  knobs: NearestKnobs,
): void {
  const asked = new Set(question.terms.filter((t) => !t.entity).map((t) => t.term));
  if (asked.size === 0) return;
  const groups = new Map<string, { candidate: Candidate; distance: number }[]>();
  for (const candidate of candidates.slice(0, knobs.nearestAmong)) {
    const doc = index.docs[candidate.doc];
    const fact = doc?.fact;
    if (!doc || !fact || !SEVERAL_PER_SENTENCE.has(fact.answerType)) continue;
    const distance = answerDistance(fact.evidence, fact.answer, asked);
    if (distance === undefined) continue;
    const key = `${doc.article}|${fact.answerType}|${fact.evidence}`;
    const group = groups.get(key) ?? [];
    group.push({ candidate, distance });
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const nearest = Math.min(...group.map((g) => g.distance));
    for (const g of group) if (g.distance > nearest) g.candidate.score *= knobs.fartherFactor;
  }
}

/** Mean number of words between an answer and the question's words in its evidence sentence. */
function answerDistance(
  evidence: string,
  answer: string,
  asked: ReadonlySet<string>,
): number | undefined {
  const text = words(evidence);
  const answerWords = new Set(words(answer).filter((w) => !STOP_WORDS.has(w)));
  const at = text.findIndex((w) => answerWords.has(w));
  if (at < 0) return undefined;
  let sum = 0;
  let count = 0;
  text.forEach((w, i) => {
    if (!answerWords.has(w) && asked.has(termOf(w))) {
      sum += Math.abs(i - at);
      count++;
    }
  });
  return count === 0 ? undefined : sum / count;
}
