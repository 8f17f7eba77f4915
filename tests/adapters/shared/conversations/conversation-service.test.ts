import { describe, expect, test } from "vitest";
import { createConversationService } from "../../../../src/adapters/shared/conversations/conversation-service.js";
import { createEngine } from "../../../../src/core/index.js";
import { loadCorpus } from "../../../../src/data/load-knowledge.js";
import { disabledQuestionLog, type QuestionLog } from "../../../../src/log/question-log.js";
import { createMemoryLogger } from "../../../../src/logger.js";
import { FIXTURE_DATA_DIR } from "../../../fixtures/knowledge-dir.js";

const engine = createEngine(loadCorpus(FIXTURE_DATA_DIR));
const place = (user: string) => ({
  platform: "discord" as const,
  conversationKind: "channel" as const,
  conversationKey: `k:${user}`,
  userId: user,
});

describe("the conversation service", () => {
  test("a log that throws costs no answer: the error is logged and the answer goes out", async () => {
    const broken: QuestionLog = {
      ...disabledQuestionLog(),
      recordQuestion: () => {
        throw new Error("disk full");
      },
      recordFeedback: () => {
        throw new Error("disk full");
      },
    };
    const logger = createMemoryLogger();
    const service = createConversationService({
      engine,
      log: broken,
      config: { idleMs: 60_000, max: 10 },
      logger,
    });
    const asked = service.ask("how many Cambodians work in Busan?", place("u1"));
    expect(asked.answer.short).toContain("9,000");
    const reply = await service.feedback(asked.id, "down", { platform: "discord", userId: "u1" });
    expect(reply.kind).toBe("alternatives");
    expect(logger.lines.filter((l) => l["level"] === "error")).toHaveLength(2);
  });

  test("holds at most `max` conversations; the oldest is forgotten", () => {
    let now = 0;
    const service = createConversationService({
      engine,
      log: disabledQuestionLog(),
      config: { idleMs: 60_000, max: 2 },
      logger: createMemoryLogger(),
      now: () => (now += 1000),
    });
    service.ask("when did Sokhonn meet the mayor?", place("a"));
    service.ask("who is Kin Phea?", place("b"));
    service.ask("who is Hun Sen?", place("c"));
    expect(service.size).toBe(2);
    // "a" was dropped: its follow-up has nothing to lean on.
    expect(service.ask("and what did he ask him?", place("a")).followUp).toBe("standalone");
    // "c" is still held (asking for "a" again dropped "b", then the oldest).
    expect(service.ask("what did he say?", place("c")).asked).toContain("Hun Sen");
  });

  test("a 👎 on an answer it no longer holds still gets questions to try", async () => {
    const service = createConversationService({
      engine,
      log: disabledQuestionLog(),
      config: { idleMs: 60_000, max: 2 },
      logger: createMemoryLogger(),
    });
    const reply = await service.feedback("00000000-0000-0000-0000-000000000000", "down", {
      platform: "slack",
      userId: "u",
    });
    expect(reply).toMatchObject({ kind: "alternatives", alternatives: [] });
    if (reply.kind === "alternatives") expect(reply.suggestions.length).toBeGreaterThan(0);
  });
});
