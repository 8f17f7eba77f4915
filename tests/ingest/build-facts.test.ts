import { describe, expect, test } from "vitest";
import { ingestArticle } from "../../src/ingest/index.js";

const text = [
  "Health Secretary Priya Raman opened a new cancer wing in Leeds on Friday.",
  "The £38 million wing has 64 beds, two operating theatres and a school room.",
].join("\n\n");

describe("questions generated for number facts", () => {
  const { facts } = ingestArticle(text);
  const first = (answer: RegExp) => facts.find((f) => answer.test(f.answer))?.questions[0];

  test("an amount before a noun asks what that thing costs", () => {
    expect(first(/38 million/)).toBe("How much does the wing cost?");
  });

  test("a count followed by more items of a list is asked as a whole question first", () => {
    expect(first(/64 beds/)).toBe("How many beds does the £38 million wing have?");
  });

  test("the question offered first reads as a question, clipped fragments after it", () => {
    for (const f of facts.filter((x) => x.answerType === "number")) {
      const readable = f.questions.findIndex((q) => /\b(does|did|is|was|will|has|have)\b/.test(q));
      if (readable >= 0) expect(readable).toBe(0);
    }
  });
});
