import { describe, expect, test } from "vitest";
import { answerReply } from "../../../../src/adapters/slack/format/answer-blocks.js";
import type { Answer } from "../../../../src/core/index.js";
import { blockText, buttons } from "../fakes/blocks.js";

const SOURCE_NAMES = new Map([["busan", "The Post"]]);

/** An Answer as the engine's interface describes it; the adapter formats whatever it gets. */
function answered(overrides: Partial<Answer> = {}): Answer {
  return {
    answered: true,
    answer: "Over 9,000. He thanked South Korea for the welfare of over 9,000 Cambodians.",
    short: "Over 9,000",
    confidence: 0.9,
    kind: "fact",
    sources: [
      {
        article: "busan",
        title: "Cambodia & Korea",
        paragraph: 4,
        text: "He thanked South Korea for the welfare of over 9,000 Cambodians.",
      },
    ],
    suggestions: [],
    refs: ["busan/workers"],
    ...overrides,
  };
}

function abstained(suggestions: string[]): Answer {
  return {
    answered: false,
    answer: "The article doesn't say.",
    short: "The article doesn't say.",
    confidence: 0,
    kind: "none",
    sources: [],
    suggestions,
    refs: [],
  };
}

describe("answerReply", () => {
  test("restates the question, bolds the short answer, quotes the supporting sentence and cites paragraph, title and source", () => {
    const reply = answerReply(answered(), SOURCE_NAMES, {
      restate: "how many?",
      shareValue: "how many?",
    });
    const text = blockText(reply.blocks);
    expect(text).toContain("*Question:* how many?");
    expect(text).toContain("*Over 9,000*\n> He thanked South Korea");
    expect(text).toContain("Paragraph 4 · Cambodia &amp; Korea · The Post");
    expect(reply.text).toBe("Over 9,000");
    expect(buttons(reply.blocks)).toEqual([
      { action_id: "share_answer", text: "Share in channel", value: "how many?" },
    ]);
  });

  test("passages from two articles: each quoted above its own citation with the article title", () => {
    const other = {
      article: "gdansk",
      title: "Gdansk Marathon",
      paragraph: 1,
      text: "A record 18,500 runners will start.",
    };
    const reply = answerReply(
      answered({ sources: [...answered().sources, other] }),
      new Map([...SOURCE_NAMES, ["gdansk", "The Coast Post"]]),
    );
    const texts = reply.blocks.map((b) => blockText([b]));
    const first = texts.findIndex((t) => t.includes("9,000 Cambodians."));
    const second = texts.findIndex((t) => t.includes("18,500 runners"));
    expect(texts[first + 1]).toBe("Paragraph 4 · Cambodia &amp; Korea · The Post");
    expect(texts[second + 1]).toBe("Paragraph 1 · Gdansk Marathon · The Coast Post");
  });

  test("a quote from another article names its speaker above the quoted words", () => {
    const other = {
      article: "gdansk",
      title: "Gdansk Marathon",
      paragraph: 1,
      text: "We sold out in two days.",
      speaker: "Marta <Kowalska>",
    };
    const reply = answerReply(
      answered({ sources: [...answered().sources, other] }),
      new Map([...SOURCE_NAMES, ["gdansk", "The Coast Post"]]),
    );
    expect(blockText(reply.blocks)).toContain(
      "_Marta &lt;Kowalska&gt;_\n> We sold out in two days.",
    );
  });

  test("does not quote the supporting sentence when the short answer already is it", () => {
    const sentence = "He thanked South Korea for the welfare of over 9,000 Cambodians.";
    const reply = answerReply(answered({ short: sentence, kind: "sentence" }), SOURCE_NAMES);
    expect(blockText(reply.blocks)).not.toContain("> ");
  });

  test("has no share button and no restated question unless asked for", () => {
    const reply = answerReply(answered(), SOURCE_NAMES);
    expect(buttons(reply.blocks)).toEqual([]);
    expect(blockText(reply.blocks)).not.toContain("Question:");
  });

  test("escapes user and article text: the question, the answer and the source", () => {
    const reply = answerReply(
      answered({
        short: "<!here> 9,000",
        sources: [{ article: "x", title: "<@U1>", paragraph: 1, text: "a < b" }],
      }),
      SOURCE_NAMES,
      { restate: "<!channel> hi" },
    );
    const sent = JSON.stringify(reply);
    for (const raw of ["<!channel>", "<!here>", "<@U1>", "a < b"]) expect(sent).not.toContain(raw);
    expect(blockText(reply.blocks)).toContain("&lt;!channel&gt; hi");
  });

  test("an abstention says so and offers at most 3 suggestions, each a button that asks it", () => {
    const reply = answerReply(abstained(["Q1?", "Q2?", "Q3?", "Q4?"]), SOURCE_NAMES);
    expect(blockText(reply.blocks)).toContain("The article doesn't say.");
    expect(buttons(reply.blocks)).toEqual([
      { action_id: "ask_suggestion_0", text: "Q1?", value: "Q1?" },
      { action_id: "ask_suggestion_1", text: "Q2?", value: "Q2?" },
      { action_id: "ask_suggestion_2", text: "Q3?", value: "Q3?" },
    ]);
  });

  test("an abstention without suggestions has no buttons and no share button", () => {
    const reply = answerReply(abstained([]), SOURCE_NAMES, { shareValue: "x" });
    expect(buttons(reply.blocks)).toEqual([]);
  });

  test("a scoped abstention's suggestion buttons ask about the same article", () => {
    const reply = answerReply(abstained(["Who is Kin Phea?"]), SOURCE_NAMES, {
      suggestionPrefix: "in:busan ",
    });
    expect(buttons(reply.blocks).map((b) => b.value)).toEqual(["in:busan Who is Kin Phea?"]);
  });

  test("a long suggestion gets a label cut to 75 characters but keeps its whole question as the value", () => {
    const long = `What ${"really ".repeat(20)}happened?`;
    const [button] = buttons(answerReply(abstained([long]), SOURCE_NAMES).blocks);
    expect(button?.text.length).toBeLessThanOrEqual(75);
    expect(button?.value).toBe(long);
  });

  test("a huge answer still fits Slack's section limit", () => {
    const reply = answerReply(answered({ short: "x".repeat(10_000) }), SOURCE_NAMES);
    for (const block of reply.blocks) {
      if (block.type === "section") expect(block.text?.text.length).toBeLessThanOrEqual(3000);
    }
  });
});

describe("answerReply for a web article", () => {
  test("links the title to the article's URL in the citation, with the paragraph and source", () => {
    const [first] = answered().sources;
    if (!first) throw new Error("no source");
    const reply = answerReply(
      answered({ sources: [{ ...first, url: "https://news.example/a?x=1|2" }] }),
      SOURCE_NAMES,
    );
    expect(blockText(reply.blocks)).toContain(
      "Paragraph 4 · <https://news.example/a?x=1%7C2|Cambodia &amp; Korea> · The Post",
    );
  });
});
