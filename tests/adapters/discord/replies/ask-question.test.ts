import { describe, expect, test } from "vitest";
import type { BotContext } from "../../../../src/adapters/discord/context.js";
import {
  askQuestion,
  rateLimitNotice,
} from "../../../../src/adapters/discord/replies/ask-question.js";
import { createConversationService } from "../../../../src/adapters/shared/conversations/conversation-service.js";
import { createRateLimiter } from "../../../../src/adapters/shared/rate-limiter.js";
import { disabledQuestionLog } from "../../../../src/log/question-log.js";
import { createMemoryLogger } from "../../../../src/logger.js";
import { realEngine } from "../fake-discord/start-bot.js";

const engine = realEngine();

function context(max = 2): BotContext {
  let now = 0;
  const logger = createMemoryLogger();
  return {
    engine,
    logger,
    limiter: createRateLimiter({ max, windowMs: 10_000 }, () => (now += 1)),
    conversations: createConversationService({
      engine,
      log: disabledQuestionLog(),
      config: { idleMs: 600_000, max: 100 },
      logger,
    }),
  };
}

/** A user in a server channel. */
const u = (userId: string) => ({ userId, channelId: "c1", guildId: "g1", thread: false });

describe("askQuestion", () => {
  test("an empty or blank question gets the help, without counting against the limit", () => {
    const ctx = context(1);
    expect(askQuestion(ctx, u("u1"), " \n\u200b ").kind).toBe("help");
    expect(askQuestion(ctx, u("u1"), "how many Cambodians work in Busan").kind).toBe("answer");
  });

  test("over the per-user limit: a polite notice; other users are unaffected", () => {
    const ctx = context(2);
    askQuestion(ctx, u("u1"), "who spoke?");
    askQuestion(ctx, u("u1"), "who spoke?");
    const third = askQuestion(ctx, u("u1"), "who spoke?");
    expect(third.kind).toBe("rate-limited");
    expect(third.parts.content).toMatch(/Please wait \d+ seconds? and ask again/);
    expect(askQuestion(ctx, u("u2"), "who spoke?").kind).toBe("answer");
  });

  test("answers with the engine's answer", () => {
    const outcome = askQuestion(context(), u("u1"), "how many Cambodians work in Busan");
    expect(JSON.stringify(outcome.parts.embeds)).toContain("9,000");
  });
});

test("rateLimitNotice rounds the wait up to whole seconds", () => {
  expect(rateLimitNotice(1)).toContain("wait 1 second and");
  expect(rateLimitNotice(7_200)).toContain("wait 8 seconds");
});
