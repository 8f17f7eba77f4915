import { conjugateGradient } from "fmin";

/** One question's candidates for the ranker: features per candidate, which are right, its weight. */
export interface CandidateGroup {
  features: readonly Float64Array[];
  right: readonly boolean[];
  weight: number;
}

/** One labelled row for a binary model. */
export interface Row {
  x: Float64Array;
  y: boolean;
  weight: number;
}

/** L2 penalty: keeps weights of rare or redundant signals near zero instead of large. */
export const L2 = 0.001;

/**
 * Fits a conditional logit (softmax over each question's candidates): the likelihood that a
 * right candidate scores highest, weighted per question, with an L2 penalty. Minimised with
 * fmin's conjugate gradient.
 */
export function fitRanker(groups: readonly CandidateGroup[], dims: number, l2 = L2): number[] {
  const usable = groups.filter((g) => g.right.some(Boolean) && g.features.length > 0);
  const totalWeight = usable.reduce((s, g) => s + g.weight, 0) || 1;
  const loss = (w: number[], grad: number[]): number => {
    grad.fill(0);
    let value = 0;
    const scores: number[] = [];
    for (const g of usable) {
      scores.length = 0;
      let max = -Infinity;
      for (const x of g.features) {
        let s = 0;
        for (let j = 0; j < dims; j++) s += (x[j] ?? 0) * (w[j] ?? 0);
        scores.push(s);
        if (s > max) max = s;
      }
      let z = 0;
      let right = 0;
      scores.forEach((s, k) => {
        const e = Math.exp(s - max);
        scores[k] = e;
        z += e;
        if (g.right[k]) right += e;
      });
      value -= g.weight * Math.log(right / z);
      g.features.forEach((x, k) => {
        const c = g.weight * ((scores[k] ?? 0) / z - (g.right[k] ? (scores[k] ?? 0) / right : 0));
        for (let j = 0; j < dims; j++) grad[j] = (grad[j] ?? 0) + c * (x[j] ?? 0);
      });
    }
    let penalty = 0;
    for (let j = 0; j < dims; j++) {
      grad[j] = (grad[j] ?? 0) / totalWeight + l2 * (w[j] ?? 0);
      penalty += (w[j] ?? 0) ** 2;
    }
    return value / totalWeight + 0.5 * l2 * penalty;
  };
  return conjugateGradient(loss, new Array(dims).fill(0), { maxIterations: 400 }).x;
}

/** Fits a weighted logistic regression; the first weight returned is the bias. */
export function fitLogistic(rows: readonly Row[], dims: number, l2 = L2): number[] {
  const totalWeight = rows.reduce((s, r) => s + r.weight, 0) || 1;
  const loss = (w: number[], grad: number[]): number => {
    grad.fill(0);
    let value = 0;
    for (const r of rows) {
      let z = w[0] ?? 0;
      for (let j = 0; j < dims; j++) z += (r.x[j] ?? 0) * (w[j + 1] ?? 0);
      const p = 1 / (1 + Math.exp(-z));
      const y = r.y ? 1 : 0;
      value -= r.weight * (y * Math.log(p + 1e-12) + (1 - y) * Math.log(1 - p + 1e-12));
      const c = r.weight * (p - y);
      grad[0] = (grad[0] ?? 0) + c;
      for (let j = 0; j < dims; j++) grad[j + 1] = (grad[j + 1] ?? 0) + c * (r.x[j] ?? 0);
    }
    let penalty = 0;
    for (let j = 0; j <= dims; j++) {
      grad[j] = (grad[j] ?? 0) / totalWeight + (j === 0 ? 0 : l2 * (w[j] ?? 0));
      if (j > 0) penalty += (w[j] ?? 0) ** 2;
    }
    return value / totalWeight + 0.5 * l2 * penalty;
  };
  return conjugateGradient(loss, new Array(dims + 1).fill(0), { maxIterations: 400 }).x;
}
