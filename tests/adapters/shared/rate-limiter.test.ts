import { describe, expect, test } from "vitest";
import { createRateLimiter } from "../../../src/adapters/shared/rate-limiter.js";

/** A clock the test moves by hand. */
function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe("createRateLimiter", () => {
  test("lets a user ask `max` questions per window, then refuses without counting the refusals", () => {
    const c = clock();
    const limiter = createRateLimiter({ max: 2, windowMs: 10_000 }, c.now);
    expect(limiter.take("u1")).toBe(true);
    c.advance(1000);
    expect(limiter.take("u1")).toBe(true);
    expect(limiter.take("u1")).toBe(false);
    expect(limiter.retryAfterMs("u1")).toBe(9000);
    c.advance(9000);
    // The first question has left the window; the refused one never counted.
    expect(limiter.retryAfterMs("u1")).toBe(0);
    expect(limiter.take("u1")).toBe(true);
    expect(limiter.take("u1")).toBe(false);
    expect(limiter.retryAfterMs("u1")).toBe(1000);
  });

  test("each user has their own allowance", () => {
    const limiter = createRateLimiter({ max: 1, windowMs: 10_000 }, clock().now);
    expect(limiter.take("u1")).toBe(true);
    expect(limiter.take("u1")).toBe(false);
    expect(limiter.take("u2")).toBe(true);
    expect(limiter.retryAfterMs("u3")).toBe(0);
  });

  test("the window slides: a question counts for exactly windowMs", () => {
    const c = clock();
    const limiter = createRateLimiter({ max: 1, windowMs: 10_000 }, c.now);
    limiter.take("u1");
    c.advance(9999);
    expect(limiter.take("u1")).toBe(false);
    c.advance(1);
    expect(limiter.take("u1")).toBe(true);
  });

  test("forgets users whose window has passed, at most one window later, at whoever's next call", () => {
    const c = clock();
    const limiter = createRateLimiter({ max: 3, windowMs: 10_000 }, c.now);
    for (let i = 0; i < 1000; i++) limiter.take(`u${i}`);
    expect(limiter.size).toBe(1000);
    c.advance(10_000);
    limiter.take("someone-else");
    // Their window has just passed; they go when the next window has passed too.
    c.advance(10_000);
    limiter.retryAfterMs("anyone");
    expect(limiter.size).toBe(1);
    c.advance(10_000);
    limiter.retryAfterMs("anyone");
    expect(limiter.size).toBe(0);
  });

  test("after a long quiet spell, the next call forgets everyone", () => {
    const c = clock();
    const limiter = createRateLimiter({ max: 3, windowMs: 10_000 }, c.now);
    for (let i = 0; i < 100; i++) limiter.take(`u${i}`);
    c.advance(60_000);
    expect(limiter.take("u1")).toBe(true);
    expect(limiter.size).toBe(1);
  });

  test("a user who asked in the previous window keeps their count across the move", () => {
    const c = clock();
    const limiter = createRateLimiter({ max: 2, windowMs: 10_000 }, c.now);
    c.advance(9000);
    limiter.take("u1");
    limiter.take("u1");
    c.advance(2000);
    // A new generation has begun; u1's questions (2 s ago) still count.
    expect(limiter.take("u1")).toBe(false);
    expect(limiter.retryAfterMs("u1")).toBe(8000);
    c.advance(8000);
    expect(limiter.take("u1")).toBe(true);
  });

  test("soak: a long run of distinct users never holds more than two windows' worth", () => {
    const c = clock();
    const windowMs = 10_000;
    const limiter = createRateLimiter({ max: 5, windowMs }, c.now);
    let largest = 0;
    // 200,000 users, one new user every 5 ms: 2,000 per window, 1,000 s of traffic.
    for (let i = 0; i < 200_000; i++) {
      limiter.take(`T1:U${i}`);
      c.advance(5);
      largest = Math.max(largest, limiter.size);
    }
    expect(largest).toBeLessThanOrEqual((2 * windowMs) / 5 + 1);
    // …and the same users' memory is released: the size keeps falling back, it does not grow.
    expect(limiter.size).toBeLessThanOrEqual((2 * windowMs) / 5 + 1);
  });
});
