import { describe, expect, test } from "vitest";
import { questionForm } from "../../src/core/index.js";

describe("questionForm", () => {
  test.each([
    "what is this article about?",
    "What's the story about",
    "summarise",
    "Summarize the article please",
    "tl;dr",
    "TLDR",
    "give me the gist",
    "what are the main points?",
  ])("reads %j as a request for a summary", (q) => {
    expect(questionForm(q)).toBe("summary");
  });

  test.each([
    "is sokhonn the prime minister?",
    "Did Sokhonn meet the mayor?",
    "are there 10,000 Cambodians in Busan?",
    "was the summit in Busan",
    "and is he the mayor?",
  ])("reads %j as a yes/no question", (q) => {
    expect(questionForm(q)).toBe("yes-no");
  });

  test.each([
    "who is the mayor of Busan?",
    "what did the article say about RCEP?",
    "can you tell me who the mayor is?",
    "do you know when they met?",
    "",
  ])("reads %j as an ordinary question", (q) => {
    expect(questionForm(q)).toBe("question");
  });
});
