import { describe, expect, test } from "vitest";
import { latencyStats, ms, percentile } from "../../../src/cli/bench/latency-stats.js";

describe("percentile (nearest rank)", () => {
  const sorted = Array.from({ length: 100 }, (_, i) => i + 1);

  test.each([
    [50, 50],
    [99, 99],
    [100, 100],
    [0, 1],
  ])("p%d of 1..100 is %d", (p, expected) => {
    expect(percentile(sorted, p)).toBe(expected);
  });

  test("of one sample is that sample, of none is NaN", () => {
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("latencyStats", () => {
  test("sorts the samples itself", () => {
    const stats = latencyStats([5, 1, 4, 2, 3]);
    expect(stats).toEqual({ count: 5, p50: 3, p90: 5, p99: 5, max: 5, mean: 3 });
  });
});

test("ms shows nanoseconds as milliseconds with 3 decimals", () => {
  expect(ms(42_000)).toBe("0.042 ms");
  expect(ms(1_234_567)).toBe("1.235 ms");
});
