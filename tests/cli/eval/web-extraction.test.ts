import { describe, expect, test } from "vitest";
import { formatMisses } from "../../../src/cli/eval/format-report.js";
import { compareWebExtraction } from "../../../src/cli/eval/web-extraction.js";

// The extraction target: the article read from each fixture page answers its questions no worse
// than the same article ingested from clean text (scored by the passage each answer cites).
describe("web pages: extracted articles beside clean text", () => {
  const report = compareWebExtraction();

  test("every non-article page is refused", () => {
    expect(report.refused.length).toBeGreaterThan(0);
    for (const r of report.refused) expect(r.refused, r.name).toBe(true);
  });

  test.each(report.pages.map((p) => [p.name, p] as const))(
    "%s: no paragraph lost or added, no answer lost, metadata as expected",
    (_name, page) => {
      expect(page.paragraphs.missing).toEqual([]);
      expect(page.paragraphs.extra).toEqual([]);
      expect(page.metadataMismatches).toEqual([]);
      const misses = formatMisses(page.extracted.misses);
      expect(page.extracted.answerable.correct, misses).toBeGreaterThanOrEqual(
        page.clean.answerable.correct,
      );
      expect(page.extracted.unanswerable.correct, misses).toBeGreaterThanOrEqual(
        page.clean.unanswerable.correct,
      );
    },
  );

  test("the report as a whole passes", () => {
    expect(report.ok).toBe(true);
  });
});
