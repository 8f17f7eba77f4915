import { describe, expect, test } from "vitest";
import type { BotContext } from "../../../../src/adapters/discord/context.js";
import {
  askQuestion,
  rateLimitNotice,
} from "../../../../src/adapters/discord/replies/ask-question.js";
import { createRateLimiter } from "../../../../src/adapters/shared/rate-limiter.js";
import { createMemoryLogger } from "../../../../src/logger.js";
import { realEngine } from "../fake-discord/start-bot.js";

const engine = realEngine();

function context(max = 2): BotContext {
  let now = 0;
  return {
    engine,
    logger: createMemoryLogger(),
    limiter: createRateLimiter({ max, windowMs: 10_000 }, () => (now += 1)),
  };
}

describe("askQuestion", () => {
  test("an empty or blank question gets the help, without counting against the limit", () => {
    const ctx = context(1);
    expect(askQuestion(ctx, "u1", " \n\u200b ").kind).toBe("help");
    expect(askQuestion(ctx, "u1", "how many Cambodians work in Busan").kind).toBe("answer");
  });

  test("over the per-user limit: a polite notice; other users are unaffected", () => {
    const ctx = context(2);
    askQuestion(ctx, "u1", "who spoke?");
    askQuestion(ctx, "u1", "who spoke?");
    const third = askQuestion(ctx, "u1", "who spoke?");
    expect(third.kind).toBe("rate-limited");
    expect(third.parts.content).toMatch(/Please wait \d+ seconds? and ask again/);
    expect(askQuestion(ctx, "u2", "who spoke?").kind).toBe("answer");
  });

  test("answers with the engine's answer", () => {
    const outcome = askQuestion(context(), "u1", "how many Cambodians work in Busan");
    expect(JSON.stringify(outcome.parts.embeds)).toContain("9,000");
  });
});

test("rateLimitNotice rounds the wait up to whole seconds", () => {
  expect(rateLimitNotice(1)).toContain("wait 1 second and");
  expect(rateLimitNotice(7_200)).toContain("wait 8 seconds");
});
