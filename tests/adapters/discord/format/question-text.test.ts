import { describe, expect, test } from "vitest";
import {
  cleanQuestion,
  questionFromMessage,
} from "../../../../src/adapters/discord/format/question-text.js";

const BOT = "1200000000000000001";

describe("questionFromMessage", () => {
  test.each([
    [`<@${BOT}> who spoke?`, "who spoke?"],
    [`<@!${BOT}> who spoke?`, "who spoke?"],
    [`who spoke <@${BOT}>?`, "who spoke ?"],
    [`<@${BOT}>`, ""],
    [`<@${BOT}>   \n  `, ""],
  ])("%j → %j", (content, question) => {
    expect(questionFromMessage(content, BOT)).toBe(question);
  });

  test("keeps other people's mentions and @everyone as typed", () => {
    expect(questionFromMessage(`<@${BOT}> @everyone ask <@42>`, BOT)).toBe("@everyone ask <@42>");
  });
});

describe("cleanQuestion", () => {
  test("collapses whitespace and drops zero-width spaces", () => {
    expect(cleanQuestion(" how\u200b many\n\n people\u00a0? ")).toBe("how many people ?");
  });
});
