import { Matrix, solve } from "ml-matrix";

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

/** L2 penalty: keeps weights of rare or redundant signals small instead of large. */
export const L2 = 0.001;
const ITERATIONS = 300;

/**
 * Newton's method on a convex loss: each step solves H·Δ = g (ml-matrix) for the loss's gradient
 * g and Hessian H, until the step is negligible. `accumulate` adds one pass over the data.
 */
function newton(
  dims: number,
  accumulate: (w: Float64Array, gradient: Float64Array, hessian: Float64Array[]) => number,
): Float64Array {
  const w = new Float64Array(dims);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const gradient = new Float64Array(dims);
    const hessian = Array.from({ length: dims }, () => new Float64Array(dims));
    const total = accumulate(w, gradient, hessian);
    for (let j = 0; j < dims; j++) {
      gradient[j] = (gradient[j] ?? 0) / total + L2 * (w[j] ?? 0);
      const row = hessian[j] as Float64Array;
      for (let k = 0; k < dims; k++) row[k] = (row[k] ?? 0) / total + (j === k ? L2 : 0);
    }
    const step = solve(
      new Matrix(hessian.map((r) => Array.from(r))),
      Matrix.columnVector(Array.from(gradient)),
    ).to1DArray();
    let size = 0;
    for (let j = 0; j < dims; j++) {
      w[j] = (w[j] ?? 0) - (step[j] ?? 0);
      size = Math.max(size, Math.abs(step[j] ?? 0));
    }
    if (size < 1e-6) break;
  }
  return w;
}

/**
 * Fits a conditional logit (a softmax over each question's candidates): the weighted likelihood
 * that a right candidate scores highest, with an L2 penalty.
 */
export function fitRanker(groups: readonly CandidateGroup[], dims: number): Float64Array {
  const usable = groups.filter((g) => g.right.some(Boolean) && g.features.length > 0);
  return newton(dims, (w, gradient, hessian) => {
    let total = 0;
    for (const g of usable) {
      total += g.weight;
      const scores = g.features.map((x) => {
        let s = 0;
        for (let j = 0; j < dims; j++) s += (x[j] ?? 0) * (w[j] ?? 0);
        return s;
      });
      const max = Math.max(...scores);
      const e = scores.map((s) => Math.exp(s - max));
      const z = e.reduce((a, b) => a + b, 0);
      const r = e.reduce((a, b, k) => a + (g.right[k] ? b : 0), 0);
      // Expected features under all candidates (p) and under the right ones (q).
      const meanP = new Float64Array(dims);
      const meanQ = new Float64Array(dims);
      g.features.forEach((x, k) => {
        const p = (e[k] ?? 0) / z;
        const q = g.right[k] ? (e[k] ?? 0) / r : 0;
        for (let j = 0; j < dims; j++) {
          meanP[j] = (meanP[j] ?? 0) + p * (x[j] ?? 0);
          meanQ[j] = (meanQ[j] ?? 0) + q * (x[j] ?? 0);
        }
      });
      for (let j = 0; j < dims; j++)
        gradient[j] = (gradient[j] ?? 0) + g.weight * ((meanP[j] ?? 0) - (meanQ[j] ?? 0));
      // The Hessian of -log(r/z) is Cov_p(x) - Cov_q(x); Cov_p alone keeps the step safe (convex bound).
      g.features.forEach((x, k) => {
        const p = (e[k] ?? 0) / z;
        for (let a = 0; a < dims; a++) {
          const da = (x[a] ?? 0) - (meanP[a] ?? 0);
          if (da === 0) continue;
          const row = hessian[a] as Float64Array;
          for (let b = 0; b < dims; b++)
            row[b] = (row[b] ?? 0) + g.weight * p * da * ((x[b] ?? 0) - (meanP[b] ?? 0));
        }
      });
    }
    return total || 1;
  });
}

/** Fits a weighted logistic regression; the first weight returned is the bias. */
export function fitLogistic(rows: readonly Row[], dims: number): Float64Array {
  return newton(dims + 1, (w, gradient, hessian) => {
    let total = 0;
    const x1 = new Float64Array(dims + 1);
    for (const r of rows) {
      total += r.weight;
      x1[0] = 1;
      for (let j = 0; j < dims; j++) x1[j + 1] = r.x[j] ?? 0;
      let z = 0;
      for (let j = 0; j <= dims; j++) z += (x1[j] ?? 0) * (w[j] ?? 0);
      const p = 1 / (1 + Math.exp(-z));
      const c = r.weight * (p - (r.y ? 1 : 0));
      const h = r.weight * p * (1 - p);
      for (let a = 0; a <= dims; a++) {
        gradient[a] = (gradient[a] ?? 0) + c * (x1[a] ?? 0);
        const row = hessian[a] as Float64Array;
        for (let b = 0; b <= dims; b++) row[b] = (row[b] ?? 0) + h * (x1[a] ?? 0) * (x1[b] ?? 0);
      }
    }
    return total || 1;
  });
}
