import { describe, expect, test } from "vitest";
import {
  factsReply,
  quotesReply,
  usageReply,
} from "../../../../src/adapters/slack/format/listing-blocks.js";
import type { FactEntry } from "../../../../src/core/index.js";
import { blockText, buttons } from "../fakes/blocks.js";

describe("list replies", () => {
  test("usage lists every sub-command, with <question> escaped so Slack doesn't read a link", () => {
    const text = blockText(usageReply().blocks);
    for (const sub of ["quote [speaker]", "facts", "about", "help"])
      expect(text).toContain(`/ask ${sub}`);
    expect(text).toContain("/ask &lt;question&gt;");
    expect(text).not.toContain("<question>");
  });

  test("facts show each answer, statement and paragraph, and a share button when asked", () => {
    const facts: FactEntry[] = [
      {
        answer: "9,000",
        statement: "Over 9,000 Cambodians live in Busan.",
        paragraph: 4,
        article: "a",
        title: "t",
      },
    ];
    const reply = factsReply(facts, { shareValue: "facts" });
    expect(blockText(reply.blocks)).toContain(
      "• *9,000*: Over 9,000 Cambodians live in Busan. _(paragraph 4)_",
    );
    expect(buttons(reply.blocks).map((b) => b.value)).toEqual(["facts"]);
  });

  test("hundreds of facts still make one valid message: ≤ 50 blocks, each section ≤ 3,000 characters", () => {
    const facts: FactEntry[] = Array.from({ length: 2000 }, (_, i) => ({
      answer: `answer ${i}`,
      statement: `statement ${"s".repeat(100)} ${i}`,
      paragraph: i,
      article: "a",
      title: "t",
    }));
    const reply = factsReply(facts, { shareValue: "facts" });
    expect(reply.blocks.length).toBeLessThanOrEqual(50);
    expect(reply.blocks.at(-1)?.type).toBe("actions");
    for (const block of reply.blocks) {
      if (block.type === "section") expect(block.text?.text.length).toBeLessThanOrEqual(3000);
    }
  });

  test("a speaker with no quotes gets the engine's message, escaped", () => {
    const reply = quotesReply({ found: false, message: "No quotes from <!channel>.", groups: [] });
    expect(blockText(reply.blocks)).toBe("No quotes from &lt;!channel&gt;.");
  });

  test("quotes are grouped under the speaker: direct ones in quotation marks, reported ones led by their verb", () => {
    const reply = quotesReply({
      found: true,
      message: "2 quotes",
      groups: [
        {
          speaker: "Kin Phea",
          role: "director",
          quotes: [
            { text: "We think so.", mode: "direct", paragraph: 12, article: "a", title: "t" },
            {
              text: "there will be more",
              mode: "reported",
              verb: "hoped",
              paragraph: 13,
              article: "a",
              title: "t",
            },
          ],
        },
      ],
    });
    const text = blockText(reply.blocks);
    expect(text).toContain("*Kin Phea*, director");
    expect(text).toContain("> “We think so.” _(paragraph 12)_");
    expect(text).toContain("> _hoped_ there will be more _(paragraph 13)_");
  });
});
