import { describe, expect, test } from "vitest";
import {
  countedHead,
  cuePhrasePositions,
  detectGranularity,
  detectSmallTalk,
  detectWantedType,
  meetsGranularity,
} from "../../../src/core/analyze/intent.js";

describe("detectWantedType", () => {
  test.each([
    ["how many cambodians work in busan", "number"],
    ["when did they meet", "date"],
    ["where is the summit", "place"],
    ["why does he want help", "reason"],
    ["who is the mayor of busan", "person"],
    ["what did kin phea say", "quote"],
    ["what does rcep stand for", "definition"],
    ["what is sokhonn s position", "role"],
    ["tell me about the summit", null],
    ["did south korea increase the number of workers", null],
    ["how many days was the summit", "date"],
    ["how soon should the deal be finished", "date"],
    ["what did cambodia ask busan to do for its workers", "other"],
    ["name of the summit in busan", null],
    ["name of the minister who went to busan", "person"],
    ["what is the capital of cambodia", "place"],
    ["which river flooded", "place"],
    ["is oh keo don a minister or a mayor", "role"],
    ["is he a mayor", null],
    ["which cambodian official pressed korea", "person"],
    ["which analyst spoke to the post", "person"],
    ["which ministry released the statement", "organisation"],
    ["what newspaper interviewed him", "organisation"],
    ["who is in charge of transport", "person"],
    ["what is he in charge of", "role"],
    ["which company will build the plant", "organisation"],
    ["how many officials came", "number"],
    ["how long is the cycle network", "number"],
    ["how long did the talks last", "date"],
  ])("%s → %s", (question, type) => {
    expect(detectWantedType(question)).toBe(type);
  });
});

describe("detectSmallTalk", () => {
  test.each([
    ["hi", "greeting"],
    ["hello there", "greeting"],
    ["thanks", "thanks"],
    ["thank you so much", "thanks"],
    ["help", "help"],
    ["what can you do", "help"],
    ["hey what can you do", "help"],
    ["what did sokhonn thank south korea for", null],
    ["hi who is the mayor of busan", null],
  ])("%s → %s", (message, kind) => {
    expect(detectSmallTalk(message)).toBe(kind);
  });
});

describe("cuePhrasePositions", () => {
  test("marks the words of phrases that only shape a question", () => {
    const words = "how long have they worked in korea".split(" ");
    expect([...cuePhrasePositions(words)]).toEqual([0, 1]);
    expect([...cuePhrasePositions("which ministry is he in charge of".split(" "))]).toEqual([
      4, 5, 6,
    ]);
  });

  test("leaves content words alone", () => {
    expect(cuePhrasePositions("how many long term workers".split(" ")).size).toBe(0);
  });
});

describe("granularity", () => {
  test.each([
    ["what time did the meeting start", "time"],
    ["which year did it open", "year"],
    ["in what month is the race", "month"],
    ["which day of the week were the talks", "weekday"],
    ["when were the talks", null],
    ["how long did the talks last", "span"],
    ["how much did the wing cost", "money"],
    ["how much did korea raise the quota by", null],
  ])("%s → %s", (question, granularity) => {
    expect(detectGranularity(question)).toBe(granularity);
  });

  test.each([
    ["time", "at 9am", true],
    ["time", "at 14:30", true],
    ["time", "Monday", false],
    ["year", "since 2007", true],
    ["year", "on Monday", false],
    ["month", "in November", true],
    ["weekday", "on Monday", true],
    ["weekday", "in 2007", false],
    ["money", "£38 million", true],
    ["money", "1.5 billion euros", true],
    ["money", "two wings", false],
    ["span", "three days", true],
    ["span", "120-kilometre", true],
    ["span", "from November 24 to 27", true],
    ["span", "since 2007", true],
    ["span", "on Thursday", false],
    ["span", "next summer", false],
  ] as const)("a %s question is answered by %s: %s", (granularity, answer, ok) => {
    expect(meetsGranularity(granularity, answer)).toBe(ok);
  });

  test("no granularity asked: any answer will do", () => {
    expect(meetsGranularity(null, "whenever")).toBe(true);
  });
});

describe("countedHead", () => {
  test.each([
    ["how many cambodian workers live in busan", ["cambodian", "workers"]],
    ["how many more nurses are needed", ["nurses"]],
    ["how big is the quota", ["quota"]],
    ["what is the number of runners", ["runners"]],
    ["how much did korea raise the quota by", []],
    ["when did they meet", []],
  ])("%s → %j", (question, head) => {
    expect(countedHead(question.split(" "))).toEqual(head);
  });
});
