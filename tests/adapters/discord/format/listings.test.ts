import { describe, expect, test } from "vitest";
import { aboutMessage } from "../../../../src/adapters/discord/format/about-message.js";
import { toChoices } from "../../../../src/adapters/discord/format/choices.js";
import {
  factLine,
  factsMessages,
  MAX_FACT_PAGES,
} from "../../../../src/adapters/discord/format/facts-message.js";
import { helpMessage } from "../../../../src/adapters/discord/format/help-message.js";
import {
  quoteLine,
  quotesMessage,
} from "../../../../src/adapters/discord/format/quotes-message.js";
import type { About, FactEntry, QuoteEntry } from "../../../../src/core/index.js";

const about: About = {
  articles: [
    {
      id: "busan",
      title: "Busan summit",
      titleNote: "Title written by the editors.",
      source: "The Post",
      paragraphs: 14,
      facts: 2,
      quotes: 2,
    },
  ],
  examples: ["How many Cambodians live in Busan?", "Who is Oh Keo-don?"],
  howToAsk: "Ask in plain words.",
};

const quote = (over: Partial<QuoteEntry> = {}): QuoteEntry => ({
  text: "We think that Cambodia and Korea will have deeper bilateral ties.",
  mode: "direct",
  verb: "said",
  paragraph: 12,
  article: "busan",
  title: "Busan summit",
  ...over,
});

const fact = (over: Partial<FactEntry> = {}): FactEntry => ({
  answer: "Over 9,000",
  statement: "Over 9,000 Cambodians live and work in Busan.",
  paragraph: 4,
  article: "busan",
  title: "Busan summit",
  ...over,
});

describe("quotes", () => {
  test("a direct quote stands in quote marks, verbatim, with its paragraph", () => {
    expect(quoteLine(quote())).toBe(
      "“We think that Cambodia and Korea will have deeper bilateral ties.” (paragraph 12)",
    );
  });

  test("quote marks already in the data are not doubled", () => {
    expect(quoteLine(quote({ text: "“Deeper ties.”" }))).toBe("“Deeper ties.” (paragraph 12)");
  });

  test("a reported statement follows its reporting verb", () => {
    expect(quoteLine(quote({ mode: "reported", verb: "urged", text: "South Korea to act" }))).toBe(
      "*urged* South Korea to act (paragraph 12)",
    );
  });

  test("one embed per speaker, with the role and the article in the footer", () => {
    const { embeds } = quotesMessage(
      {
        found: true,
        message: "",
        groups: [
          { speaker: "Kin Phea", role: "Director", quotes: [quote()] },
          { speaker: "Prak Sokhonn", quotes: [quote({ paragraph: 1 })] },
        ],
      },
      about,
    );
    expect(embeds?.map((e) => e.title)).toEqual(["Kin Phea", "Prak Sokhonn"]);
    expect(embeds?.[0]?.description).toMatch(/^\*Director\*\n\n“We think/);
    expect(embeds?.[0]?.footer?.text).toBe("Busan summit — The Post");
  });

  test("nobody matched: the engine's message, no embeds of quotes", () => {
    const { embeds } = quotesMessage(
      { found: false, message: "No quotes from X. Quoted: Kin Phea.", groups: [] },
      about,
    );
    expect(embeds?.[0]?.description).toBe("No quotes from X. Quoted: Kin Phea.");
  });

  test("a speaker with very many quotes stays within the description limit", () => {
    const many = Array.from({ length: 200 }, (_, i) => quote({ paragraph: i + 1 }));
    const { embeds } = quotesMessage(
      { found: true, message: "", groups: [{ speaker: "Kin Phea", quotes: many }] },
      about,
    );
    expect(embeds?.[0]?.description?.length).toBeLessThanOrEqual(4096);
    expect(embeds?.[0]?.description).toMatch(/and \d+ more/);
  });
});

describe("facts", () => {
  test("each fact is its statement with the short answer in bold", () => {
    expect(factLine(fact())).toBe("• **Over 9,000** Cambodians live and work in Busan. (¶ 4)");
  });

  test("a statement that doesn't contain the short answer is shown as it is", () => {
    expect(
      factLine(fact({ answer: "As soon as possible", statement: "He wants it done soon." })),
    ).toBe("• He wants it done soon. (¶ 4)");
  });

  test("many facts are split into pages, each within the description limit", () => {
    const facts = Array.from({ length: 120 }, (_, i) =>
      fact({ statement: `Fact ${i}: ${"words ".repeat(20)}`, answer: `Fact ${i}` }),
    );
    const pages = factsMessages(facts, about);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.length).toBeLessThanOrEqual(MAX_FACT_PAGES);
    for (const page of pages) {
      expect(page.embeds?.[0]?.description?.length).toBeLessThanOrEqual(4096);
    }
    expect(pages[0]?.embeds?.[0]?.title).toBe(`Key facts and figures (1/${pages.length})`);
  });

  test("duplicate statements are listed once", () => {
    const [page] = factsMessages([fact(), fact({ answer: "9,000" })], about);
    expect(page?.embeds?.[0]?.description?.split("\n")).toHaveLength(1);
  });

  test("no facts: says so", () => {
    expect(factsMessages([], about)[0]?.embeds?.[0]?.description).toContain("No key facts");
  });
});

describe("/about and /help", () => {
  test("/about names each article, its source, size and the title note", () => {
    const description = aboutMessage(about).embeds?.[0]?.description ?? "";
    expect(description).toContain("**Busan summit** — The Post (14 paragraphs, 2 facts, 2 quotes)");
    expect(description).toContain("Title written by the editors.");
    expect(aboutMessage(about).embeds?.[0]?.fields?.[0]?.value).toContain("Who is Oh Keo-don?");
  });

  test("/help lists every command and gives examples", () => {
    const description = helpMessage(about).embeds?.[0]?.description ?? "";
    for (const command of ["/ask", "/quote", "/facts", "/about", "/help"]) {
      expect(description).toContain(command);
    }
    expect(description).toContain("How many Cambodians live in Busan?");
  });
});

describe("autocomplete choices", () => {
  test("at most 25, names and values within 100 characters, no duplicates", () => {
    const items = Array.from({ length: 40 }, (_, i) => {
      const q = `Question ${i % 30} ${"long ".repeat(30)}`;
      return { name: q, value: q };
    });
    const choices = toChoices(items);
    expect(choices).toHaveLength(25);
    expect(new Set(choices.map((c) => c.value)).size).toBe(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });
});
