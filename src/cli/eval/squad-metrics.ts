/**
 * SQuAD's official answer normalisation (evaluate-v2.0.py's normalize_answer) and scores: lower
 * case, ASCII punctuation deleted ("9,000" is "9000"), no articles (a, an, the), single spaces;
 * exact match and token F1 against the best gold answer.
 */
export function normalizeAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(/[!-/:-@[-`{-~]/g, "")
    .replace(/(?<![\p{L}\p{N}_])(a|an|the)(?![\p{L}\p{N}_])/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Words for finding an answer inside a sentence: any punctuation splits ("1688–1689" holds 1688). */
function containmentWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, " ")
    .replace(/\b(a|an|the)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function tokenF1(prediction: string, gold: string): number {
  const p = normalizeAnswer(prediction).split(" ").filter(Boolean);
  const g = normalizeAnswer(gold).split(" ").filter(Boolean);
  if (p.length === 0 || g.length === 0) return p.length === g.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const w of g) counts.set(w, (counts.get(w) ?? 0) + 1);
  let same = 0;
  for (const w of p) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      same++;
      counts.set(w, c - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / p.length;
  const recall = same / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/**
 * Exact match and F1 of a prediction (undefined = abstained) against the gold answers (empty =
 * unanswerable: only an abstention is right).
 */
export function squadScores(
  prediction: string | undefined,
  golds: readonly string[],
): { exact: number; f1: number } {
  if (golds.length === 0) {
    const right = prediction === undefined ? 1 : 0;
    return { exact: right, f1: right };
  }
  if (prediction === undefined) return { exact: 0, f1: 0 };
  let exact = 0;
  let f1 = 0;
  for (const gold of golds) {
    exact = Math.max(exact, normalizeAnswer(prediction) === normalizeAnswer(gold) ? 1 : 0);
    f1 = Math.max(f1, tokenF1(prediction, gold));
  }
  return { exact, f1 };
}

/** True when a text (a cited sentence) holds one of the gold answers, as whole words. */
export function holdsAnswer(text: string, golds: readonly string[]): boolean {
  const normalized = ` ${containmentWords(text)} `;
  return golds.some((g) => {
    const n = containmentWords(g);
    return n !== "" && normalized.includes(` ${n} `);
  });
}
