import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  isSuggestionCustomId,
  questionFromCustomId,
  suggestionCustomId,
} from "../../../../src/adapters/discord/components/suggestion-id.js";

/** True when `text` has a surrogate half without its partner (a character cut in two). */
const hasLoneSurrogate = (text: string): boolean =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe("suggestion button custom ids", () => {
  test("carry the question, and decode back to it", () => {
    const id = suggestionCustomId(1, "Who is Oh Keo-don?");
    expect(id).toBe("ask:1:Who is Oh Keo-don?");
    expect(questionFromCustomId(id)).toBe("Who is Oh Keo-don?");
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
          const decoded = questionFromCustomId(id);
          if (decoded !== null) expect(question.trim().startsWith(decoded)).toBe(true);
        },
      ),
    );
  });

  test("ids that are not ours, or carry no question, decode to null", () => {
    expect(questionFromCustomId("something-else")).toBeNull();
    expect(questionFromCustomId("ask:0:")).toBeNull();
    expect(questionFromCustomId("ask:0:   ")).toBeNull();
    expect(isSuggestionCustomId("other:1")).toBe(false);
  });
});
