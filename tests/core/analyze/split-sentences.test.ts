import { describe, expect, test } from "vitest";
import { splitSentences } from "../../../src/core/analyze/split-sentences.js";

const texts = (p: string) => splitSentences(p).map((s) => s.text);

describe("splitSentences", () => {
  test.each([
    ["two plain sentences", "It rained. Rivers rose.", ["It rained.", "Rivers rose."]],
    [
      "keeps a title with its name",
      "Dr. Miguel Santos spoke. He left.",
      ["Dr. Miguel Santos spoke.", "He left."],
    ],
    [
      "keeps U.S. inside a sentence",
      "The U.S. firm built it. It works.",
      ["The U.S. firm built it.", "It works."],
    ],
    [
      "keeps a.m. and p.m. inside",
      "Roads close at 7 a.m. and open at 3 p.m. on Sunday.",
      ["Roads close at 7 a.m. and open at 3 p.m. on Sunday."],
    ],
    [
      "keeps a title after a quote",
      "“We did it,” Dr. Achebe said. “Every room has a bed.”",
      ["“We did it,” Dr. Achebe said.", "“Every room has a bed.”"],
    ],
    [
      "ends at a name that looks like a title",
      "He represented Prime Minister Hun Sen. The talks ended.",
      ["He represented Prime Minister Hun Sen.", "The talks ended."],
    ],
    ["keeps initials", "John F. Kennedy spoke.", ["John F. Kennedy spoke."]],
    [
      "ends a sentence on lower-case no",
      "He said no. Then he left.",
      ["He said no.", "Then he left."],
    ],
  ])("%s", (_name, paragraph, expected) => {
    expect(texts(paragraph)).toEqual(expected);
  });

  test("each sentence is the exact slice of the paragraph", () => {
    const p = "  First one.   Second one.  ";
    for (const s of splitSentences(p)) expect(p.slice(s.start, s.end)).toBe(s.text);
  });
});
