import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type TempLog, tempQuestionLog } from "../../log/temp-log.js";
import { chat, replies } from "./chat-helpers.js";

let temp: TempLog;
beforeAll(() => {
  temp = tempQuestionLog();
});
afterAll(async () => {
  await temp?.close();
});

describe("a terminal chat is one conversation", () => {
  test("a follow-up is read against the question before it", async () => {
    const printed = await chat("when did Sokhonn meet the mayor?\nand what did he ask him?\n");
    const [, second] = replies(printed);
    expect(second).toContain("welfare");
  });

  test("after a quiet spell longer than configured, the context is gone", async () => {
    let now = 0;
    // Every question comes 5 s after the one before; context lasts 1 s.
    const printed = await chat("when did Sokhonn meet the mayor?\nand what did he ask him?\n", {
      now: () => (now += 5000),
      conversations: { idleMs: 1000, max: 1 },
    });
    const [first, second] = replies(printed);
    expect(first).toContain("Monday");
    expect(second).not.toContain("welfare of Cambodian migrant workers");
  });

  test("what is this article about? gives the title, the lead and main points", async () => {
    const [summary] = replies(await chat("what is this article about?\n"));
    expect(summary?.startsWith("Cambodia urges South Korea")).toBe(true);
    expect(summary?.match(/\(paragraph \d+, /g)?.length).toBeGreaterThanOrEqual(3);
  });

  test("a yes/no question gets its yes or no first", async () => {
    const [answer] = replies(await chat("is sokhonn the prime minister?\n"));
    expect(answer?.startsWith("No.")).toBe(true);
  });
});

describe("/good and /bad", () => {
  test("before any question, they say what they are for", async () => {
    const [reply] = replies(await chat("/bad\n"));
    expect(reply).toContain("Ask a question first");
  });

  test("/bad records the verdict and shows the next-best answers; /good thanks", async () => {
    const printed = await chat(
      "how many Cambodian workers are in Korea?\n/bad\nwho is Kin Phea?\n/good\n",
      { log: temp.log },
    );
    const [, bad, , good] = replies(printed);
    expect(bad).toContain("Other answers the article gives:");
    expect(bad).toMatch(/\(paragraph \d+, /);
    expect(good).toBe("Thanks, noted.");
    const questions = await temp.questions();
    const feedback = await temp.feedback();
    const verdictOf = (q: string) =>
      feedback.find((f) => f.question_id === questions.find((r) => r.question === q)?.id)?.verdict;
    expect(verdictOf("how many Cambodian workers are in Korea?")).toBe("down");
    expect(verdictOf("who is Kin Phea?")).toBe("up");
    expect(
      questions.every((q) => q.platform === "terminal" && q.conversation_kind === "session"),
    ).toBe(true);
    expect(new Set(questions.map((q) => q.conversation)).size).toBe(1);
  });
});
