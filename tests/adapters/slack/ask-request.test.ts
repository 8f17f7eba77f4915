import { describe, expect, test } from "vitest";
import {
  MAX_QUESTION_CHARS,
  parseAskText,
  stripBotMention,
} from "../../../src/adapters/slack/ask-request.js";

describe("parseAskText", () => {
  test.each([
    ["", { kind: "usage" }],
    ["   \n  ", { kind: "usage" }],
    ["help", { kind: "help" }],
    ["HELP", { kind: "help" }],
    ["about", { kind: "about" }],
    ["facts", { kind: "facts" }],
    ["quote", { kind: "quote" }],
    ["quotes", { kind: "quote" }],
    ["quote Kin Phea", { kind: "quote", speaker: "Kin Phea" }],
    ["quote   Prak   Sokhonn ", { kind: "quote", speaker: "Prak Sokhonn" }],
    [
      "how many Cambodians work in Busan?",
      { kind: "question", question: "how many Cambodians work in Busan?" },
    ],
    ["help me with the RCEP", { kind: "question", question: "help me with the RCEP" }],
    ["facts about Busan", { kind: "question", question: "facts about Busan" }],
    ["in:gdansk how many ran?", { kind: "question", question: "how many ran?", article: "gdansk" }],
    ['in:"Porto Novo" who?', { kind: "question", question: "who?", article: "Porto Novo" }],
    ["in:gdansk facts", { kind: "facts", article: "gdansk" }],
    ["in:gdansk quote Nowicka", { kind: "quote", speaker: "Nowicka", article: "gdansk" }],
    ["in:gdansk about", { kind: "about" }],
    ["in:gdansk", { kind: "usage" }],
  ])("reads %j as %j", (text, expected) => {
    expect(parseAskText(text)).toEqual(expected);
  });

  test("decodes Slack's &amp;, &lt; and &gt; so the engine sees what was typed", () => {
    expect(parseAskText("is A &lt; B &amp; C?")).toEqual({
      kind: "question",
      question: "is A < B & C?",
    });
  });

  test("refuses a question longer than the limit, saying how long it was", () => {
    const long = "x".repeat(MAX_QUESTION_CHARS + 1);
    expect(parseAskText(long)).toEqual({ kind: "too-long", length: MAX_QUESTION_CHARS + 1 });
    expect(parseAskText("x".repeat(MAX_QUESTION_CHARS)).kind).toBe("question");
  });
});

describe("stripBotMention", () => {
  test("removes the bot's mention wherever it is, with or without a label", () => {
    expect(stripBotMention("<@UBOT> how many?", "UBOT").trim()).toBe("how many?");
    expect(stripBotMention("so <@UBOT|articlebot>, who?", "UBOT")).toBe("so  , who?");
  });

  test("keeps other people's mentions (they are escaped when echoed)", () => {
    expect(stripBotMention("<@UBOT> ask <@UOTHER>", "UBOT")).toBe("  ask <@UOTHER>");
  });

  test("does nothing when the bot's id is unknown", () => {
    expect(stripBotMention("<@UBOT> hi", undefined)).toBe("<@UBOT> hi");
  });
});

describe("parseAskText: ingest", () => {
  test.each([
    ["ingest https://news.example/a", "https://news.example/a"],
    ["ingest <https://news.example/a>", "https://news.example/a"],
    ["ingest <https://news.example/a|news.example/a>", "https://news.example/a"],
    ["INGEST  https://news.example/a?x=1&amp;y=2", "https://news.example/a?x=1&y=2"],
    ["ingest", ""],
  ])("%s", (text, url) => {
    expect(parseAskText(text)).toEqual({ kind: "ingest", url });
  });
});
