import { describe, expect, test } from "vitest";
import { type SpanType, tagSpans } from "../../../src/core/index/spans.js";

/** The spans of a sentence as [text, type]. */
const spans = (text: string) => tagSpans(text).map((s) => [text.slice(s.start, s.end), s.type]);

describe("tagSpans", () => {
  test.each<[string, string, SpanType]>([
    ["The Huguenots reached the Cape of Good Hope in 1688.", "1688", "date"],
    ["The Huguenots reached the Cape of Good Hope in 1688.", "Cape of Good Hope", "place"],
    ["Mayor Ana Lopez opened the wall on Monday.", "Ana Lopez", "person"],
    ["Mayor Ana Lopez opened the wall on Monday.", "Monday", "date"],
    ["The wall will cost $40 million.", "$40 million", "money"],
    ["About 9,000 workers came.", "9,000", "number"],
    ["Engineers from Delta Works in Rotterdam designed it.", "Rotterdam", "place"],
    ["Engineers from Delta Works in Rotterdam designed it.", "Delta Works", "name"],
    ["The flood wall protects the old quay.", "old quay", "noun"],
  ])("%s: finds %s as %s", (text, span, type) => {
    expect(spans(text)).toContainEqual([span, type]);
  });

  test("cuts each span verbatim from the text, with its content words", () => {
    const text = "The council paid $4.5 million to Delta Works in March 2025.";
    for (const span of tagSpans(text)) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(span.words).not.toContain("the");
    }
    expect(spans(text)).toContainEqual(["March 2025", "date"]);
  });

  test("orders spans by where they start, the longer first", () => {
    const found = tagSpans("Mayor Ana Lopez of Busan said 300 workers came on Monday.");
    const starts = found.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  test("finds nothing in an empty text", () => {
    expect(tagSpans("")).toEqual([]);
  });
});
