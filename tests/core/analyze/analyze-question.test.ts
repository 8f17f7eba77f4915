import { describe, expect, test } from "vitest";
import { MAX_QUESTION_CHARS } from "../../../src/core/analyze/analyze-question.js";
import { termOf } from "../../../src/core/analyze/term.js";
import { pipelineOf } from "../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: [
    "About 9,000 Cambodians work in Busan, the Republic of Korea's second city, Mayor Ana Lopez said.",
    "The Ministry of Labour issued the permits. Residents did not object.",
  ],
  entities: [
    { id: "ana-lopez", type: "person", name: "Ana Lopez", aliases: ["Lopez"], role: "mayor" },
    { id: "busan", type: "place", name: "Busan" },
    { id: "republic-of-korea", type: "country", name: "Republic of Korea" },
    { id: "ministry-of-labour", type: "organisation", name: "Ministry of Labour" },
  ],
});
const analyze = pipeline.analyze;
const terms = (question: string) => analyze(question).terms.map((t) => t.term);

describe("analyzeQuestion: words and terms", () => {
  test("keeps content terms once each, in question order, without stop words", () => {
    expect(terms("Which permits did the ministry issue, and which permits?")).toEqual([
      termOf("permits"),
      termOf("ministry"),
      termOf("issue"),
    ]);
  });

  test("reads the question with the index's tokenizer: case, punctuation and possessives fall away", () => {
    expect(analyze("How many CAMBODIANS work in Busan's port?").text).toBe(
      "how many cambodians work in busan port",
    );
  });

  test("cuts a huge question to a bounded length", () => {
    const huge = `${"busan ".repeat(MAX_QUESTION_CHARS)}mayor`;
    const question = analyze(huge);
    expect(question.words.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS / 2);
    expect(question.words).not.toContain("mayor");
  });
});

describe("analyzeQuestion: typo correction", () => {
  test("corrects a misspelt word to the article's word", () => {
    const question = analyze("how many cambodains work in busan");
    expect(question.words).toContain("cambodians");
    expect(question.terms.find((t) => t.term === termOf("cambodians"))?.known).toBe(true);
  });

  test("corrects a misspelt name to the entity", () => {
    expect(analyze("who is ana lopes").entities).toEqual(["@ana_lopez"]);
  });

  test("leaves a real English word the article does not use alone, marked unknown", () => {
    const question = analyze("what about the elephant");
    expect(question.words).toContain("elephant");
    expect(question.terms.map((t) => t.known)).toEqual([false]);
  });

  test("reads question words typed in a hurry", () => {
    expect(analyze("wat did lopez say").words[0]).toBe("what");
  });

  test("expands an initialism of an entity's name", () => {
    expect(analyze("when did the rok sign").entities).toEqual(["@republic_of_korea"]);
  });
});

describe("analyzeQuestion: entities", () => {
  test("reads the words of a name as one entity term, not as words of their own", () => {
    const question = analyze("what did the Ministry of Labour issue");
    expect(question.entities).toEqual(["@ministry_of_labour"]);
    expect(question.terms.map((t) => t.term)).toEqual(["@ministry_of_labour", termOf("issue")]);
    const entity = question.terms[0];
    expect(entity).toMatchObject({ entity: true, name: true, span: { start: 3, end: 6 } });
  });

  test("tells a person called by name from one called by a description", () => {
    expect(analyze("what did Lopez say").namedPeople).toEqual(["@ana_lopez"]);
    expect(analyze("what did the mayor say").namedPeople).toEqual([]);
  });

  test("marks numbers, capitalised and rare words as names a near miss would lack", () => {
    const question = analyze("did Pascal see 9,000 workers");
    const name = (word: string) => question.terms.find((t) => t.term === termOf(word))?.name;
    expect(name("pascal")).toBe(true);
    expect(name("9000")).toBe(true);
    expect(name("workers")).toBe(false);
  });
});

describe("analyzeQuestion: what is asked", () => {
  test.each([
    ["how many Cambodians work in Busan", "number"],
    ["when did the ministry issue the permits", "date"],
    ["which ministry issued the permits", "organisation"],
    ["who is Ana Lopez", "role"],
    ["what is the Ministry of Labour", "definition"],
    ["what did Lopez say", "quote"],
    ["tell me about the permits", null],
  ])("%s → wants %s", (question, wanted) => {
    expect(analyze(question).wanted).toBe(wanted);
  });

  test("finds the closing verb a 'wh- did…' question asks about", () => {
    expect(analyze("what did the mayor reply").predicate).toBe(termOf("reply"));
    expect(analyze("when was the ministry founded").predicate).toBe(termOf("founded"));
    expect(analyze("how many permits were issued").predicate).toBeUndefined();
  });

  test("finds what a 'how many' question counts", () => {
    expect(analyze("how many more Cambodian workers came").counted).toEqual([
      termOf("cambodian"),
      termOf("workers"),
    ]);
    expect(analyze("when did they come").counted).toEqual([]);
  });

  test.each([
    ["who did not object", true],
    ["who didn't object", true],
    ["who never objected", true],
    ["who objected", false],
  ])("%s: negated %s", (question, negated) => {
    expect(analyze(question).negated).toBe(negated);
  });

  test("recognises small talk only when it is the whole message", () => {
    expect(analyze("thanks!").smallTalk).toBe("thanks");
    expect(analyze("thanks, who is Lopez").smallTalk).toBeNull();
  });
});
