import { describe, expect, test } from "vitest";
import { findMisspelledVariables } from "../../src/config/misspelled-env.js";

describe("findMisspelledVariables", () => {
  test.each([
    ["DISCORD_TOKN", "DISCORD_TOKEN"],
    ["discord_token", "DISCORD_TOKEN"],
    ["SLACK_BOT_TOKNE", "SLACK_BOT_TOKEN"],
    ["KB_DIRR", "KB_DIR"],
    ["PROT", "PORT"],
  ])("%s is named with the variable it is close to, %s", (typo, known) => {
    const messages = findMisspelledVariables({ [typo]: "secret-value" });
    expect(messages).toEqual([`${typo} is not a variable the bot reads; did you mean ${known}?`]);
    expect(messages.join()).not.toContain("secret-value");
  });

  test("an unknown variable with the bot's own prefix is reported even when far from any", () => {
    expect(findMisspelledVariables({ SLACK_WEBHOOK: "x" })).toEqual([
      expect.stringContaining("SLACK_WEBHOOK is not a variable the bot reads (the closest is"),
    ]);
  });

  test("known variables and the rest of a usual environment pass without a word", () => {
    const env = {
      DISCORD_TOKEN: "x",
      KB_DIR: "data",
      PORT: "3000",
      HOST: "0.0.0.0",
      PATH: "/usr/bin",
      HOME: "/root",
      PWD: "/work",
      NODE_ENV: "production",
      TERM: "xterm",
      LANG: "C.UTF-8",
    };
    expect(findMisspelledVariables(env)).toEqual([]);
  });
});
