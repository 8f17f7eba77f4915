import { describe, expect, test } from "vitest";
import { BoundedMap } from "../../../../src/adapters/shared/conversations/bounded-map.js";

describe("BoundedMap", () => {
  test("forgets an entry idle for longer than idleMs", () => {
    let now = 0;
    const map = new BoundedMap<string, number>({ idleMs: 100, max: 10 }, () => now);
    map.set("a", 1);
    now = 100;
    expect(map.get("a")).toBe(1);
    now = 201;
    expect(map.get("a")).toBeUndefined();
    expect(map.size).toBe(0);
  });

  test("past max entries drops the one unused longest, not the one just read", () => {
    let now = 0;
    const map = new BoundedMap<string, number>({ idleMs: 1000, max: 2 }, () => now++);
    map.set("a", 1);
    map.set("b", 2);
    map.get("a");
    map.set("c", 3);
    expect(map.get("b")).toBeUndefined();
    expect(map.get("a")).toBe(1);
    expect(map.get("c")).toBe(3);
    expect(map.size).toBe(2);
  });

  test("stays within its bound however many keys arrive", () => {
    const map = new BoundedMap<number, number>({ idleMs: 1000, max: 50 }, () => 0);
    for (let i = 0; i < 10_000; i++) map.set(i, i);
    expect(map.size).toBe(50);
  });
});
