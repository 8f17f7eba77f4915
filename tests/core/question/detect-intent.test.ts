import { describe, expect, test } from "vitest";
import { detectSmallTalk, detectWantedType } from "../../../src/core/question/detect-intent.js";

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
