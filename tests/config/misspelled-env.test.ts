import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { findMisspelledVariables } from "../../src/config/misspelled-env.js";

describe("findMisspelledVariables", () => {
  test.each([
    ["DISCORD_TOKN", "DISCORD_TOKEN"],
    ["discord_token", "DISCORD_TOKEN"],
    ["SLACK_BOT_TOKNE", "SLACK_BOT_TOKEN"],
    ["KB_DIRR", "KB_DIR"],
    ["PROT", "PORT"],
    ["FETCH_ALLOW_HOST", "FETCH_ALLOW_HOSTS"],
    ["FEED", "FEEDS"],
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

  test("every variable .env.example lists is one the bot reads", () => {
    const names = readFileSync(".env.example", "utf8")
      .split("\n")
      .map((line) => /^([A-Z_]+)=/.exec(line)?.[1])
      .filter((name): name is string => name !== undefined);
    expect(names).toEqual(expect.arrayContaining(["FEEDS", "FETCH_MAX_MB", "SLACK_INGEST_USERS"]));
    expect(findMisspelledVariables(Object.fromEntries(names.map((n) => [n, "x"])))).toEqual([]);
  });

  test("an unknown FETCH_ or FEED_ variable is reported", () => {
    expect(findMisspelledVariables({ FEED_URLS: "x" })).toEqual([
      expect.stringContaining("FEED_URLS is not a variable the bot reads"),
    ]);
  });
});
