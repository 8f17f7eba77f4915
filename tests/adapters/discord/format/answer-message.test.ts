import { describe, expect, test } from "vitest";
import { suggestionFromCustomId } from "../../../../src/adapters/discord/components/suggestion-id.js";
import {
  answerMessage,
  blockquote,
} from "../../../../src/adapters/discord/format/answer-message.js";
import type { About, Answer, Source } from "../../../../src/core/index.js";

const about: About = {
  articles: [
    { id: "busan", title: "Busan summit", source: "The Post", paragraphs: 14, facts: 3, quotes: 2 },
    { id: "other", title: "Other story", source: "The Times", paragraphs: 5, facts: 1, quotes: 0 },
  ],
  examples: ["How many Cambodians live in Busan?"],
  howToAsk: "Ask in plain words.",
};

const source = (over: Partial<Source> = {}): Source => ({
  article: "busan",
  title: "Busan summit",
  paragraph: 4,
  text: "He thanked South Korea for the welfare of over 9,000 Cambodians living in Busan city.",
  ...over,
});

const answered = (over: Partial<Answer> = {}): Answer => ({
  answered: true,
  answer: "Over 9,000\nHe thanked South Korea …",
  short: "Over 9,000",
  confidence: 0.9,
  kind: "fact",
  sources: [source()],
  suggestions: [],
  refs: ["busan/cambodians-in-busan"],
  ...over,
});

const abstained = (suggestions: string[]): Answer => ({
  answered: false,
  answer: "The article doesn't say.",
  short: "The article doesn't say.",
  confidence: 0.1,
  kind: "none",
  sources: [],
  suggestions,
  refs: [],
});

describe("an answered question", () => {
  const { embeds, components } = answerMessage("how many in Busan?", answered(), about);
  const embed = embeds?.[0];

  test("heads the embed with the short answer, under the question", () => {
    expect(embed?.title).toBe("how many in Busan?");
    expect(embed?.description).toBe("**Over 9,000**");
  });

  test("quotes the supporting passage with its paragraph number", () => {
    expect(embed?.fields).toEqual([{ name: "Paragraph 4", value: `> ${source().text}` }]);
  });

  test("names the article and its publication in the footer", () => {
    expect(embed?.footer?.text).toBe("Busan summit — The Post");
  });

  test("has no buttons", () => {
    expect(components ?? []).toEqual([]);
  });

  test("names the article in each passage when the sources come from several", () => {
    const two = answered({
      sources: [source(), source({ article: "other", title: "Other story", paragraph: 2 })],
    });
    const fields = answerMessage("q", two, about).embeds?.[0]?.fields ?? [];
    expect(fields.map((f) => f.name)).toEqual([
      "Paragraph 4 of “Busan summit”",
      "Paragraph 2 of “Other story”",
    ]);
    expect(answerMessage("q", two, about).embeds?.[0]?.footer?.text).toBe(
      "Busan summit — The Post · Other story — The Times",
    );
  });

  test("names the speaker of each quoted passage", () => {
    const quotes = answered({
      kind: "quote",
      sources: [source({ speaker: "Kin Phea" }), source({ paragraph: 11, speaker: "Kin Phea" })],
    });
    const fields = answerMessage("q", quotes, about).embeds?.[0]?.fields ?? [];
    expect(fields.map((f) => f.name)).toEqual([
      "Paragraph 4 · Kin Phea",
      "Paragraph 11 · Kin Phea",
    ]);
  });

  test("keeps a very long passage within the field limit", () => {
    const long = answered({ sources: [source({ text: "word ".repeat(500) })] });
    const value = answerMessage("q", long, about).embeds?.[0]?.fields?.[0]?.value ?? "";
    expect(value.length).toBeLessThanOrEqual(1024);
    expect(value.endsWith("…")).toBe(true);
  });

  test("shows the full answer text when there is no passage to quote", () => {
    const bare = answered({ sources: [], answer: "Over 9,000, says paragraph 4." });
    expect(answerMessage("q", bare, about).embeds?.[0]?.description).toBe(
      "Over 9,000, says paragraph 4.",
    );
  });

  test("keeps a huge question within the title limit", () => {
    expect(answerMessage("why ".repeat(200), answered(), about).embeds?.[0]?.title?.length).toBe(
      256,
    );
  });
});

describe("an abstention", () => {
  const suggestions = ["Who is the mayor of Busan?", "Who is Oh Keo-don?", "Why?", "A fourth one?"];
  const { embeds, components } = answerMessage(
    "who is the mayor of Seoul",
    abstained(suggestions),
    about,
  );
  const buttons = components?.[0]?.components ?? [];

  test("says the article doesn't tell", () => {
    expect(embeds?.[0]?.description).toContain("The article doesn't say.");
  });

  test("offers at most 3 suggested questions as buttons that ask them", () => {
    expect(buttons).toHaveLength(3);
    for (const [i, button] of buttons.entries()) {
      expect(button).toMatchObject({ type: 2, label: suggestions[i] });
      const customId = "custom_id" in button ? button.custom_id : "";
      expect(suggestionFromCustomId(customId)).toEqual({ question: suggestions[i] });
    }
  });

  test("keeps long suggestions within the label and custom_id limits", () => {
    const long = `What did ${"the minister ".repeat(20)}say?`;
    const [button] = answerMessage("q", abstained([long]), about).components?.[0]?.components ?? [];
    expect(button && "label" in button ? button.label?.length : 0).toBeLessThanOrEqual(80);
    expect(button && "custom_id" in button ? button.custom_id.length : 0).toBeLessThanOrEqual(100);
  });

  test("asked about one article: the buttons ask about it too, and the footer says so", () => {
    const scoped = answerMessage("q", abstained(["Who is Oh Keo-don?"]), about, "busan");
    const [button] = scoped.components?.[0]?.components ?? [];
    const customId = button && "custom_id" in button ? button.custom_id : "";
    expect(suggestionFromCustomId(customId)).toEqual({
      question: "Who is Oh Keo-don?",
      article: "busan",
    });
    expect(scoped.embeds?.[0]?.footer?.text).toBe("Asked about Busan summit — The Post only");
  });

  test("without suggestions: no buttons, and a pointer to /about", () => {
    const none = answerMessage("q", abstained([]), about);
    expect(none.components).toEqual([]);
    expect(none.embeds?.[0]?.description).toContain("/about");
  });
});

test("blockquote quotes every line", () => {
  expect(blockquote("one\ntwo")).toBe("> one\n> two");
});

describe("an answer from a web article", () => {
  test("each quoted paragraph carries the URL, and the title links to the article", () => {
    const url = "https://news.example/busan";
    const message = answerMessage("how many?", answered({ sources: [source({ url })] }), about);
    const [embed] = message.embeds ?? [];
    expect(embed?.url).toBe(url);
    expect(embed?.fields?.[0]?.name).toBe("Paragraph 4");
    expect(embed?.fields?.[0]?.value).toMatch(/^> He thanked .*\nhttps:\/\/news\.example\/busan$/s);
  });

  test("a long paragraph is cut, never its URL", () => {
    const url = "https://news.example/busan";
    const long = source({ url, text: "word ".repeat(400) });
    const [embed] = answerMessage("q", answered({ sources: [long] }), about).embeds ?? [];
    expect(embed?.fields?.[0]?.value.length).toBeLessThanOrEqual(1024);
    expect(embed?.fields?.[0]?.value.endsWith(url)).toBe(true);
  });
});
