import { describe, expect, test } from "vitest";
import { createRecentEventIds } from "../../../../src/adapters/slack/middleware/recent-event-ids.js";

function clock() {
  let time = 5_000_000;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe("createRecentEventIds", () => {
  test("an id is new once, then a redelivery", () => {
    const ids = createRecentEventIds({ rememberMs: 60_000, max: 100 }, clock().now);
    expect(ids.firstSighting("Ev1")).toBe(true);
    expect(ids.firstSighting("Ev1")).toBe(false);
    expect(ids.firstSighting("Ev2")).toBe(true);
  });

  test("an id is remembered for at least rememberMs, across Slack's retries at 1 and 5 minutes", () => {
    const c = clock();
    const ids = createRecentEventIds({ rememberMs: 10 * 60_000, max: 1000 }, c.now);
    c.advance(9 * 60_000);
    ids.firstSighting("Ev1");
    for (const wait of [1, 60_000, 4 * 60_000, 5 * 60_000 - 1]) {
      c.advance(wait);
      expect(ids.firstSighting("Ev1")).toBe(false);
    }
  });

  test("ids are forgotten within twice rememberMs, so memory does not grow with time", () => {
    const c = clock();
    const ids = createRecentEventIds({ rememberMs: 60_000, max: 1_000_000 }, c.now);
    let largest = 0;
    // One event a second for ten hours.
    for (let i = 0; i < 36_000; i++) {
      ids.firstSighting(`Ev${i}`);
      c.advance(1000);
      largest = Math.max(largest, ids.size);
    }
    expect(largest).toBeLessThanOrEqual(120);
    expect(ids.firstSighting("Ev0")).toBe(true);
  });

  test("never holds more than `max` ids, however fast they come", () => {
    const ids = createRecentEventIds({ rememberMs: 60_000, max: 100 }, clock().now);
    for (let i = 0; i < 10_000; i++) {
      ids.firstSighting(`Ev${i}`);
      expect(ids.size).toBeLessThanOrEqual(100);
    }
    expect(ids.firstSighting("Ev9999")).toBe(false);
  });
});
