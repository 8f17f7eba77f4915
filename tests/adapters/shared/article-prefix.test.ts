import { describe, expect, test } from "vitest";
import { splitArticlePrefix } from "../../../src/adapters/shared/article-prefix.js";

describe("splitArticlePrefix", () => {
  test.each([
    { text: "in:gdansk how many runners?", article: "gdansk", rest: "how many runners?" },
    { text: "  IN:gdansk   how many runners?", article: "gdansk", rest: "how many runners?" },
    {
      text: 'in:"Porto Novo wind" who approved it?',
      article: "Porto Novo wind",
      rest: "who approved it?",
    },
    { text: "in:“Porto Novo” who approved it?", article: "Porto Novo", rest: "who approved it?" },
    { text: "in: gdansk facts", article: "gdansk", rest: "facts" },
    { text: "in:gdansk", article: "gdansk", rest: "" },
  ])("takes the article off $text", ({ text, article, rest }) => {
    expect(splitArticlePrefix(text)).toEqual({ article, rest });
  });

  test.each(["how many runners are in: the race?", "inside: a question", "in the race"])(
    "leaves %s as it is",
    (text) => {
      expect(splitArticlePrefix(text)).toEqual({ rest: text });
    },
  );
});
