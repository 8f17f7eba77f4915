import type { Answer, ArticleKnowledge, Engine } from "../../core/index.js";
import type { EvalQuestion } from "./eval-file.js";

/** The seed eval's targets: share of answerable questions answered correctly, of unanswerable ones abstained. */
export const TARGETS = {
  answerable: 0.95,
  unanswerable: 0.9,
} as const;

/**
 * What the eval enforces: what the fitted engine measures today on the seed eval (166/189 and
 * 50/60), below the targets. The hand-tuned engine before it met the targets (180/189, 55/60)
 * with tables written for these very questions; the fitted one is judged on held-out questions
 * too. Raise the floors as the engine earns it; a change that answers worse fails.
 */
export const FLOORS = {
  answerable: 0.87,
  unanswerable: 0.83,
} as const;

export interface EvalResult {
  item: EvalQuestion;
  answer: Answer;
  correct: boolean;
}

export interface Tally {
  correct: number;
  total: number;
  /** correct / total, or 1 when there is nothing to count. */
  rate: number;
}

export interface EvalSummary {
  overall: Tally;
  answerable: Tally;
  unanswerable: Tally;
  /** Per `type` of the eval file, sorted by type name. */
  byType: Record<string, Tally>;
  misses: EvalResult[];
}

/** An expected id matches `<article>/<id>` exactly, or any ref ending in `/<id>`. */
export function refMatches(ref: string, expected: string): boolean {
  return ref === expected || ref.endsWith(`/${expected}`);
}

export const isAnswerable = (item: EvalQuestion): boolean => item.expect.length > 0;

/** Answerable: answered with one of the expected facts or quotes. Unanswerable: abstained. */
export function isCorrect(item: EvalQuestion, answer: Answer): boolean {
  if (!isAnswerable(item)) return !answer.answered;
  return answer.answered && answer.refs.some((ref) => item.expect.some((e) => refMatches(ref, e)));
}

export function scoreQuestions(engine: Engine, items: readonly EvalQuestion[]): EvalResult[] {
  return items.map((item) => {
    const answer = engine.answer(
      item.question,
      item.article === undefined ? {} : { article: item.article },
    );
    return { item, answer, correct: isCorrect(item, answer) };
  });
}

function tally(results: readonly EvalResult[]): Tally {
  const correct = results.filter((r) => r.correct).length;
  const total = results.length;
  return { correct, total, rate: total === 0 ? 1 : correct / total };
}

export function summarise(results: readonly EvalResult[]): EvalSummary {
  const types = [...new Set(results.map((r) => r.item.type))].sort();
  return {
    overall: tally(results),
    answerable: tally(results.filter((r) => isAnswerable(r.item))),
    unanswerable: tally(results.filter((r) => !isAnswerable(r.item))),
    byType: Object.fromEntries(
      types.map((type) => [type, tally(results.filter((r) => r.item.type === type))]),
    ),
    misses: results.filter((r) => !r.correct),
  };
}

/** One message per floor that is not met; empty when the eval passes. */
export function floorFailures(summary: EvalSummary): string[] {
  const failures: string[] = [];
  const check = (name: keyof typeof FLOORS, t: Tally, what: string): void => {
    if (t.rate < FLOORS[name]) {
      failures.push(
        `${what}: ${t.correct}/${t.total} = ${percent(t.rate)}, below the floor of ${percent(FLOORS[name])}`,
      );
    }
  };
  check("answerable", summary.answerable, "answerable questions answered correctly");
  check("unanswerable", summary.unanswerable, "unanswerable questions abstained");
  return failures;
}

/** Expected ids that name no fact or quote of the corpus: a typo in the eval file, not an engine miss. */
export function unknownExpectedIds(
  items: readonly EvalQuestion[],
  corpus: readonly ArticleKnowledge[],
): { item: EvalQuestion; id: string }[] {
  const known = corpus.flatMap((k) =>
    [...k.facts, ...k.quotes].map((entry) => `${k.article.id}/${entry.id}`),
  );
  return items.flatMap((item) =>
    item.expect
      .filter((id) => !known.some((ref) => refMatches(ref, id)))
      .map((id) => ({ item, id })),
  );
}

export function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)} %`;
}
