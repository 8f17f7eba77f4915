import { describe, expect, test } from "vitest";
import {
  createStyle,
  formatAnswer,
  formatFacts,
  formatQuotes,
} from "../../../src/adapters/terminal/index.js";
import { answerOf } from "./chat-helpers.js";

const source = {
  article: "a",
  title: "Busan summit",
  paragraph: 4,
  text: "He thanked South Korea for the welfare of over 9,000 Cambodians.",
};

describe("formatAnswer", () => {
  test("gives the short answer, then the supporting sentence in quotes with paragraph and title", () => {
    const text = formatAnswer(
      answerOf({ answered: true, short: "Over 9,000", kind: "fact", sources: [source] }),
    );
    expect(text).toBe(
      'Over 9,000\n"He thanked South Korea for the welfare of over 9,000 Cambodians." (paragraph 4, Busan summit)',
    );
  });

  test("does not repeat a quote the short answer already holds; it cites it on the same line", () => {
    const short = `Kin Phea said: "${source.text}"`;
    const other = { ...source, paragraph: 5, text: "More words." };
    const text = formatAnswer(
      answerOf({ answered: true, short, kind: "quote", sources: [source, other] }),
    );
    expect(text).toBe(
      `${short} (paragraph 4, Busan summit)\n"More words." (paragraph 5, Busan summit)`,
    );
  });

  test("names the speaker of each further quote unless its sentence already does", () => {
    const first = { ...source, text: "First words.", speaker: "Kin Phea" };
    const unnamed = {
      ...source,
      paragraph: 11,
      text: "The policy looks south.",
      speaker: "Kin Phea",
    };
    const named = { ...source, paragraph: 13, text: "Phea expressed hope.", speaker: "Kin Phea" };
    const text = formatAnswer(
      answerOf({
        answered: true,
        short: 'Kin Phea said: "First words."',
        kind: "quote",
        sources: [first, unnamed, named],
      }),
    );
    expect(text).toContain('Kin Phea: "The policy looks south." (paragraph 11');
    expect(text).toContain('\n"Phea expressed hope." (paragraph 13');
  });

  test("on abstention lists the suggestions under 'Try asking:' and cites nothing", () => {
    const text = formatAnswer(
      answerOf({
        short: "The article doesn't say.",
        suggestions: ["Who is the mayor of Busan?", "How many Cambodians work in Busan?"],
        sources: [source],
      }),
    );
    expect(text).toBe(
      "The article doesn't say.\nTry asking:\n  - Who is the mayor of Busan?\n  - How many Cambodians work in Busan?",
    );
  });

  test("falls back to the full answer text when the short one is empty", () => {
    expect(formatAnswer(answerOf({ answer: "Hello! Ask me about the article." }))).toBe(
      "Hello! Ask me about the article.",
    );
  });

  test("adds ANSI styles only with a colour style", () => {
    const answer = answerOf({ answered: true, short: "Over 9,000", sources: [source] });
    expect(formatAnswer(answer)).not.toContain("\u001b[");
    expect(formatAnswer(answer, createStyle(true))).toContain("\u001b[1mOver 9,000\u001b[22m");
  });
});

describe("formatQuotes", () => {
  const quote = { mode: "direct" as const, paragraph: 11, article: "a", title: "T" };

  test("shows the engine's message when no quote matched the speaker", () => {
    const text = formatQuotes({
      found: false,
      message: "No quotes from Bob. Speakers: Kin Phea.",
      groups: [],
    });
    expect(text).toBe("No quotes from Bob. Speakers: Kin Phea.");
  });

  test("quotes direct words and puts reported ones after their verb", () => {
    const text = formatQuotes({
      found: true,
      message: "",
      groups: [
        {
          speaker: "Kin Phea",
          role: "director",
          quotes: [
            { ...quote, text: "We think so." },
            {
              ...quote,
              mode: "reported",
              verb: "expressed hope",
              text: "more investment",
              paragraph: 13,
            },
          ],
        },
      ],
    });
    expect(text).toBe(
      'Kin Phea (director)\n  - "We think so." (paragraph 11)\n  - expressed hope: more investment (paragraph 13)',
    );
  });

  test("names the article in each citation when quotes come from several articles", () => {
    const text = formatQuotes({
      found: true,
      message: "",
      groups: [
        {
          speaker: "X",
          quotes: [
            { ...quote, text: "one" },
            { ...quote, text: "two", article: "b", title: "Other" },
          ],
        },
      ],
    });
    expect(text).toContain("(paragraph 11, T)");
    expect(text).toContain("(paragraph 11, Other)");
  });
});

describe("formatFacts", () => {
  test("says so when there are no facts", () => {
    expect(formatFacts([])).toBe("No facts are loaded yet.");
  });
});

describe("formatAnswer for a web article", () => {
  test("cites the article's URL with the paragraph", () => {
    const url = "https://news.example/busan";
    const text = formatAnswer(
      answerOf({
        answered: true,
        short: "Over 9,000",
        kind: "fact",
        sources: [{ ...source, url }],
      }),
    );
    expect(text).toContain(`(paragraph 4, Busan summit, ${url})`);
  });
});
