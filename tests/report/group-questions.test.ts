import { describe, expect, test } from "vitest";
import { groupQuestions, keyTerms } from "../../src/report/group-questions.js";

const at = "2026-03-01T10:00:00.000Z";

describe("groupQuestions", () => {
  test("questions asking the same thing in other words are one group, most asked first", () => {
    const groups = groupQuestions(
      [
        "who is the mayor of Seoul?",
        "Who's the mayor of Seoul??",
        "who is the Seoul mayor",
        "what is the salary of migrant workers",
        "how much are the migrant workers' salaries?",
        "who is the mayor of Seoul?",
        "when does the marathon start",
      ].map((question) => ({ question, at })),
    );
    expect(groups[0]).toMatchObject({ question: "who is the mayor of Seoul?", count: 4 });
    expect(groups[0]?.variants.map((v) => v.question)).toContain("who is the Seoul mayor");
    expect(groups[1]?.count).toBe(2);
    expect(groups).toHaveLength(3);
  });

  test("key terms drop question words and fold plurals", () => {
    expect([...keyTerms("What are the salaries of the workers?")].sort()).toEqual([
      "salari",
      "worker",
    ]);
  });

  test("keeps the latest time each group was asked", () => {
    const [group] = groupQuestions([
      { question: "who is the mayor", at: "2026-01-01T00:00:00Z" },
      { question: "who's the mayor", at: "2026-02-01T00:00:00Z" },
    ]);
    expect(group?.lastAsked).toBe("2026-02-01T00:00:00Z");
  });
});
