import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  isSuggestionCustomId,
  suggestionCustomId,
  suggestionFromCustomId,
} from "../../../../src/adapters/discord/components/suggestion-id.js";

/** True when `text` has a surrogate half without its partner (a character cut in two). */
const hasLoneSurrogate = (text: string): boolean =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe("suggestion button custom ids", () => {
  test("carry the question, and decode back to it", () => {
    const id = suggestionCustomId(1, "Who is Oh Keo-don?");
    expect(id).toBe("ask:1:Who is Oh Keo-don?");
    expect(suggestionFromCustomId(id)).toEqual({ question: "Who is Oh Keo-don?" });
  });

  test("carry the article a question was scoped to, when the whole question still fits", () => {
    const id = suggestionCustomId(0, "Who is Oh Keo-don?", "busan-summit");
    expect(id).toBe("ask:0@busan-summit:Who is Oh Keo-don?");
    expect(suggestionFromCustomId(id)).toEqual({
      question: "Who is Oh Keo-don?",
      article: "busan-summit",
    });
    // The whole question matters more than the scope: a long one goes without the article.
    const long = `What did ${"the minister ".repeat(6)}say?`;
    expect(suggestionFromCustomId(suggestionCustomId(0, long, "busan-summit"))).toEqual({
      question: long,
    });
  });

  test("stay unique within a message when long questions share a prefix", () => {
    const long = "How many Cambodians ".repeat(10);
    expect(suggestionCustomId(0, `${long}a`)).not.toBe(suggestionCustomId(1, `${long}b`));
  });

  test("any question: at most 100 characters, well-formed, decodes to a prefix of it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc
          .string({ unit: "grapheme", minLength: 1, maxLength: 300 })
          .filter((s) => s.trim() !== ""),
        (index, question) => {
          const id = suggestionCustomId(index, question);
          expect(id.length).toBeLessThanOrEqual(100);
          expect(hasLoneSurrogate(id)).toBe(false);
          const decoded = suggestionFromCustomId(id);
          if (decoded !== null) expect(question.trim().startsWith(decoded.question)).toBe(true);
        },
      ),
    );
  });

  test("ids that are not ours, or carry no question, decode to null", () => {
    expect(suggestionFromCustomId("something-else")).toBeNull();
    expect(suggestionFromCustomId("ask:0:")).toBeNull();
    expect(suggestionFromCustomId("ask:0:   ")).toBeNull();
    expect(suggestionFromCustomId("ask:0@busan:")).toBeNull();
    expect(isSuggestionCustomId("other:1")).toBe(false);
  });
});
