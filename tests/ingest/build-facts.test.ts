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

describe("facts that name an organisation, event or place by what it is", () => {
  const k = ingestArticle(
    [
      "Valencia's council voted on Thursday for new cycle lanes, despite a protest by the Old Town Traders' Association.",
      "According to a survey by the University of Valencia, 58 per cent of residents support the plan.",
      '"Today we are giving people what they asked for," the mayor said.',
    ].join("\n\n"),
  );
  const named = (answer: string) => k.facts.find((f) => f.answer === answer);

  test("'the university' is the University of Valencia", () => {
    expect(named("University of Valencia")?.questions).toContain(
      "What is the name of the university?",
    );
  });

  test("a plural possessive stays inside the name", () => {
    expect(k.entities.map((e) => e.name)).toContain("Old Town Traders' Association");
    expect(named("Old Town Traders' Association")?.questions[0]).toBe(
      "What is the name of the association?",
    );
  });

  test("a plain name is not asked for by a head noun", () => {
    expect(named("Valencia")).toBeUndefined();
  });

  test("'today' inside a quote is no answer to 'when'", () => {
    expect(k.facts.some((f) => f.answerType === "date" && /today/i.test(f.answer))).toBe(false);
    expect(k.facts.some((f) => f.answerType === "date" && /Thursday/.test(f.answer))).toBe(true);
  });
});
