import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  APP_ID,
  BOT_USER,
  CHANNEL_ID,
  channelMessage,
  DM_CHANNEL_ID,
  directMessage,
  user,
} from "../fake-discord/payloads.js";
import { isReplyTo, type RecordedRequest } from "../fake-discord/server.js";
import {
  type BotUnderTest,
  FAKE_DISCORD_TOKEN,
  startBotAgainstFakeDiscord,
} from "../fake-discord/start-bot.js";

let bot: BotUnderTest;

beforeAll(async () => {
  bot = await startBotAgainstFakeDiscord({ env: { RATE_LIMIT_MAX: "2" } });
});

afterAll(async () => {
  await bot?.stop();
});

/** Sends MESSAGE_CREATE through the gateway and returns the bot's reply to it. */
async function send(message: { id: string }): Promise<RecordedRequest> {
  bot.fake.dispatch("MESSAGE_CREATE", message);
  return bot.fake.waitForRequest(isReplyTo(message));
}

/** Shows that `ignored` got no reply: a later message is answered, and still nothing for the first. */
async function expectNoReplyTo(ignored: { id: string }): Promise<void> {
  bot.fake.dispatch("MESSAGE_CREATE", ignored);
  await send(channelMessage(`<@${APP_ID}> who spoke?`));
  expect(bot.fake.requests.some(isReplyTo(ignored))).toBe(false);
}

const mention = `<@${APP_ID}>`;

describe("a message that mentions the bot in a channel", () => {
  test("gets a reply to that message, with the answer and no pings", async () => {
    const message = channelMessage(`${mention} how many Cambodians work in Busan?`);
    const reply = await send(message);
    expect(reply.path).toBe(`/api/v10/channels/${CHANNEL_ID}/messages`);
    expect(reply.authorization).toBe(`Bot ${FAKE_DISCORD_TOKEN}`);
    expect(reply.body.message_reference.message_id).toBe(message.id);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const [embed] = reply.body.embeds;
    expect(embed.title).toBe("how many Cambodians work in Busan?");
    expect(embed.description).toContain("9,000");
  });

  test("strips the legacy <@!id> mention form too, wherever it is", async () => {
    const reply = await send(channelMessage(`how many Cambodians work in Busan <@!${APP_ID}>`));
    expect(reply.body.embeds[0].title).toBe("how many Cambodians work in Busan");
  });

  test("containing @everyone and a user mention: echoed but inert", async () => {
    const other = user("bystander");
    const reply = await send(
      channelMessage(`${mention} @everyone <@${other.id}> how many Cambodians work in Busan?`),
    );
    expect(reply.body.embeds[0].title).toContain("@everyone");
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  test("with nothing but the mention gets the help", async () => {
    const reply = await send(channelMessage(mention));
    expect(JSON.stringify(reply.body.embeds)).toContain("/ask");
    expect(reply.body.allowed_mentions.parse).toEqual([]);
  });

  test("from a user over the question limit gets a plain, polite reply", async () => {
    const author = user("eager");
    await send(channelMessage(`${mention} who spoke?`, { author }));
    await send(channelMessage(`${mention} who spoke?`, { author }));
    const reply = await send(channelMessage(`${mention} who spoke?`, { author }));
    expect(reply.body.content).toMatch(/wait \d+ seconds?/);
    expect(reply.body.embeds).toEqual([]);
    expect(reply.body.allowed_mentions.parse).toEqual([]);
  });
});

describe("a direct message", () => {
  test("gets an answer in the DM", async () => {
    const reply = await send(directMessage("Who did Prak Sokhonn meet in Busan?"));
    expect(reply.path).toBe(`/api/v10/channels/${DM_CHANNEL_ID}/messages`);
    expect(reply.body.embeds[0].description).toContain("Oh Keo-don");
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  test("that the article can't answer gets suggestion buttons", async () => {
    const reply = await send(directMessage("who is the mayor of Seoul?"));
    expect(reply.body.components[0].components.length).toBeGreaterThan(0);
  });
});

describe("messages the bot ignores", () => {
  test("from another bot, even when it mentions this one", async () => {
    await expectNoReplyTo(
      channelMessage(`${mention} how many Cambodians work in Busan?`, {
        author: user("other-bot", { bot: true }),
      }),
    );
  });

  test("from the bot itself", async () => {
    await expectNoReplyTo(channelMessage(`${mention} how many?`, { author: BOT_USER }));
  });

  test("in a channel without a mention of the bot", async () => {
    await expectNoReplyTo(
      channelMessage("how many Cambodians work in Busan?", { mentionBot: false }),
    );
  });
});
