import { describe, expect, test } from "vitest";
import { findQuoteSpans } from "../../src/ingest/find-quote-spans.js";

describe("findQuoteSpans", () => {
  test.each([
    ["curly quote, trailing comma dropped", ["“We won,” she said."], ["We won"]],
    ["straight quotes", ['"We won," she said.'], ["We won"]],
    ["two quotes in a paragraph", ["“One,” he said. “Two.”"], ["One", "Two."]],
    ["apostrophes are not quotes", ["It’s the team’s day, he said."], []],
  ])("%s", (_name, paragraphs, expected) => {
    expect(findQuoteSpans(paragraphs).map((q) => q.text)).toEqual(expected);
  });

  test("a quote left open runs on into a paragraph that opens with a quotation mark", () => {
    const spans = findQuoteSpans(["Phea said: “The first part.", "“The second part.”", "After."]);
    expect(spans.map((s) => [s.paragraph, s.text, s.runsOn, s.continued])).toEqual([
      [1, "The first part.", true, false],
      [2, "The second part.", false, true],
    ]);
  });

  test("offsets point at the verbatim text", () => {
    const p = 'Kowalska said: "We checked every metre."';
    const [span] = findQuoteSpans([p]);
    expect(span && p.slice(span.textStart, span.textEnd)).toBe("We checked every metre.");
  });
});
