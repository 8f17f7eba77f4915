import { describe, expect, test } from "vitest";
import {
  type CandidateGroup,
  fitLogistic,
  fitRanker,
  type Row,
} from "../../../src/cli/fit/logistic.js";

/** A seeded generator (mulberry32), so the synthetic data and the test are the same every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dot = (x: Float64Array, w: ArrayLike<number>) =>
  x.reduce((sum, v, j) => sum + v * (w[j] ?? 0), 0);

/**
 * Questions with `size` candidates each, features uniform in [0, 1); the right candidate drawn
 * from the conditional logit with the true weights (so the data follow the model being fitted).
 */
function groups(
  trueWeights: number[],
  count: number,
  size: number,
  seed: number,
): CandidateGroup[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const features = Array.from({ length: size }, () =>
      Float64Array.from(trueWeights, () => next()),
    );
    const e = features.map((x) => Math.exp(dot(x, trueWeights)));
    let pick = next() * e.reduce((a, b) => a + b, 0);
    let chosen = 0;
    while (chosen < size - 1 && pick >= (e[chosen] ?? 0)) pick -= e[chosen++] ?? 0;
    return { features, right: features.map((_, k) => k === chosen), weight: 1 };
  });
}

/** Share of groups whose highest-scoring candidate under `w` is the one the true weights score highest. */
function agreement(data: CandidateGroup[], w: ArrayLike<number>, trueWeights: number[]): number {
  const best = (g: CandidateGroup, weights: ArrayLike<number>) => {
    const scores = g.features.map((x) => dot(x, weights));
    return scores.indexOf(Math.max(...scores));
  };
  return data.filter((g) => best(g, w) === best(g, trueWeights)).length / data.length;
}

describe("fitRanker (conditional logit)", () => {
  const truth = [4, -2, 0];
  const fitted = fitRanker(groups(truth, 3000, 5, 1), 3);

  test("recovers the weights that generated the choices", () => {
    fitted.forEach((w, j) => {
      expect(Math.abs(w - (truth[j] ?? 0)), `weight ${j}`).toBeLessThan(0.5);
    });
  });

  test("puts the right candidates first on new questions as often as the true weights do", () => {
    const fresh = groups(truth, 1000, 5, 2);
    expect(agreement(fresh, fitted, truth)).toBeGreaterThan(0.95);
  });

  test("learns a signal that always marks the right candidate as strongly positive", () => {
    const next = random(3);
    const marked: CandidateGroup[] = Array.from({ length: 200 }, () => {
      const right = Array.from({ length: 4 }, (_, k) => k === Math.floor(next() * 4));
      const features = right.map((r) => Float64Array.from([r ? 1 : 0, next()]));
      return { features, right, weight: 1 };
    });
    const [marker = 0, noise = 0] = fitRanker(marked, 2);
    expect(marker).toBeGreaterThan(3);
    expect(Math.abs(noise)).toBeLessThan(marker / 3);
  });

  test("ignores questions with no right candidate", () => {
    const data = groups(truth, 500, 4, 4);
    const none: CandidateGroup[] = data.map((g) => ({ ...g, right: g.right.map(() => false) }));
    expect([...fitRanker([...data, ...none], 3)]).toEqual([...fitRanker(data, 3)]);
  });
});

describe("fitLogistic", () => {
  test("separates separable data: every row on its side of 0.5", () => {
    const next = random(5);
    const rows: Row[] = Array.from({ length: 300 }, () => {
      const x = Float64Array.from([next(), next()]);
      return { x, y: (x[0] ?? 0) + (x[1] ?? 0) > 1.1, weight: 1 };
    }).filter((r) => Math.abs((r.x[0] ?? 0) + (r.x[1] ?? 0) - 1.1) > 0.05);
    const [bias = 0, ...w] = fitLogistic(rows, 2);
    for (const r of rows) {
      const p = 1 / (1 + Math.exp(-(bias + dot(r.x, w))));
      expect(p > 0.5, `row ${[...r.x]}`).toBe(r.y);
    }
    // The L2 penalty keeps the weights finite on separable data.
    for (const v of [bias, ...w]) expect(Number.isFinite(v)).toBe(true);
  });

  test("recovers the bias and weights that generated the labels", () => {
    const next = random(6);
    const truth = [-1, 3, -2];
    const rows: Row[] = Array.from({ length: 5000 }, () => {
      const x = Float64Array.from([next() * 2 - 1, next() * 2 - 1]);
      const p = 1 / (1 + Math.exp(-((truth[0] ?? 0) + dot(x, truth.slice(1)))));
      return { x, y: next() < p, weight: 1 };
    });
    const fitted = fitLogistic(rows, 2);
    fitted.forEach((w, j) => {
      expect(Math.abs(w - (truth[j] ?? 0)), `weight ${j}`).toBeLessThan(0.3);
    });
  });

  test("weighs rows by their weight: a row counted twice moves the fit like two rows", () => {
    const next = random(7);
    const rows: Row[] = Array.from({ length: 200 }, () => {
      const x = Float64Array.from([next()]);
      return { x, y: next() < (x[0] ?? 0), weight: 1 };
    });
    const doubled = rows.map((r, i) => ({ ...r, weight: i % 2 === 0 ? 2 : 1 }));
    const repeated = rows.flatMap((r, i) => (i % 2 === 0 ? [r, r] : [r]));
    const a = fitLogistic(doubled, 1);
    const b = fitLogistic(repeated, 1);
    a.forEach((w, j) => {
      expect(w).toBeCloseTo(b[j] ?? 0, 6);
    });
  });
});
