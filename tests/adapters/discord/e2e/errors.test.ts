import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { Engine } from "../../../../src/core/index.js";
import {
  APP_ID,
  buttonClick,
  channelMessage,
  slashCommand,
  user,
} from "../fake-discord/payloads.js";
import { isCallbackFor, isReplyTo, type RecordedRequest } from "../fake-discord/server.js";
import {
  type BotUnderTest,
  realEngine,
  startBotAgainstFakeDiscord,
} from "../fake-discord/start-bot.js";

const EPHEMERAL = 64;

/** The real engine, except that facts() throws while `broken` is set: a handler bug on demand. */
const fault = { broken: false };
function engineWithFaultyFacts(): Engine {
  const engine = realEngine();
  return {
    ...engine,
    facts: (options) => {
      if (fault.broken) throw new Error("facts exploded");
      return engine.facts(options);
    },
  };
}

let bot: BotUnderTest;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  bot = await startBotAgainstFakeDiscord({ engine: engineWithFaultyFacts() });
});

afterAll(async () => {
  await bot?.stop();
  process.off("unhandledRejection", onUnhandled);
});

const interact = (interaction: { id: string }) => bot.interact(interaction);

/** All callbacks the bot made for one interaction, once `count` of them have arrived. */
async function callbacksFor(
  interaction: { id: string },
  count: number,
): Promise<RecordedRequest[]> {
  return vi.waitFor(() => {
    const callbacks = bot.fake.requests.filter(isCallbackFor(interaction));
    expect(callbacks.length).toBeGreaterThanOrEqual(count);
    return callbacks;
  });
}

describe("a handler that throws", () => {
  test("tells the user privately, logs the context, and the bot keeps answering", async () => {
    fault.broken = true;
    const author = user();
    const failing = slashCommand("facts", {}, { author });
    const notice = await interact(failing);
    fault.broken = false;

    expect(notice.body.type).toBe(4);
    expect(notice.body.data.flags).toBe(EPHEMERAL);
    expect(notice.body.data.content).toMatch(/Something went wrong/);
    expect(notice.body.data.allowed_mentions.parse).toEqual([]);

    expect(bot.logger.lines).toContainEqual(
      expect.objectContaining({
        message: "Discord handler failed",
        level: "error",
        command: "facts",
        interactionId: failing.id,
        userId: author.id,
        error: expect.objectContaining({ message: "facts exploded" }),
      }),
    );

    const next = await interact(slashCommand("facts"));
    expect(JSON.stringify(next.body.data.embeds)).toContain("9,000");
  });
});

describe("Discord refusing a reply", () => {
  test("an error from the REST API is logged, the user gets the notice, the bot carries on", async () => {
    const interaction = slashCommand("ask", { question: "how many Cambodians work in Busan" });
    bot.fake.failNext(isCallbackFor(interaction), 400, {
      body: { message: "Invalid Form Body", code: 50035 },
    });
    bot.fake.dispatch("INTERACTION_CREATE", interaction);
    const [refused, notice] = await callbacksFor(interaction, 2);
    expect(refused?.body.data.embeds).toHaveLength(1);
    expect(notice?.body.data.flags).toBe(EPHEMERAL);
    expect(notice?.body.data.content).toMatch(/Something went wrong/);

    const next = await interact(
      slashCommand("ask", { question: "how many Cambodians work in Busan" }),
    );
    expect(next.body.data.embeds[0].description).toContain("9,000");
  });

  test("a server error on a message reply, every retry included, does not take the bot down", async () => {
    const message = channelMessage(`<@${APP_ID}> how many Cambodians work in Busan?`);
    // discord.js retries 5xx answers, so fail every attempt: the reply and the error notice.
    bot.fake.failNext(isReplyTo(message), 500, { times: Number.POSITIVE_INFINITY });
    bot.fake.dispatch("MESSAGE_CREATE", message);
    await vi.waitFor(
      () =>
        expect(bot.logger.lines).toContainEqual(
          expect.objectContaining({ message: "Could not tell the user about the error" }),
        ),
      { timeout: 15_000 },
    );
    expect(bot.logger.lines).toContainEqual(
      expect.objectContaining({ message: "Discord handler failed", messageId: message.id }),
    );

    const next = channelMessage(`<@${APP_ID}> how many Cambodians work in Busan?`);
    bot.fake.dispatch("MESSAGE_CREATE", next);
    const reply = await bot.fake.waitForRequest(isReplyTo(next));
    expect(reply.body.embeds[0].description).toContain("9,000");
  }, 20_000);
});

describe("odd interactions", () => {
  test("an unknown command gets a private note", async () => {
    const callback = await interact(slashCommand("launch-rockets"));
    expect(callback.body.data.flags).toBe(EPHEMERAL);
    expect(callback.body.data.content).toContain("/help");
  });

  test("a suggestion button with no question on it gets a private note", async () => {
    const callback = await interact(buttonClick("ask:0:"));
    expect(callback.body.data.flags).toBe(EPHEMERAL);
  });
});

test("no promise was left rejected and unhandled", () => {
  expect(unhandled).toEqual([]);
});

test("stop() disconnects, and calling it again is harmless", async () => {
  const second = await startBotAgainstFakeDiscord();
  try {
    await second.running.stop();
    await expect(second.running.stop()).resolves.toBeUndefined();
    const messages = second.logger.lines.map(({ message }) => message);
    expect(messages.filter((m) => m === "Discord bot stopped")).toHaveLength(1);
  } finally {
    await second.fake.close();
  }
});
