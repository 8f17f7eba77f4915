import { afterEach, describe, expect, test } from "vitest";
import {
  APP_ID,
  CHANNEL_ID,
  channelMessage,
  DM_CHANNEL_ID,
  directMessage,
  GUILD_ID,
  shardOfGuild,
  slashCommand,
} from "../fake-discord/payloads.js";
import { isCallbackFor, isReplyTo } from "../fake-discord/server.js";
import { type BotUnderTest, startBotAgainstFakeDiscord } from "../fake-discord/start-bot.js";

// Several shards identify at once only when Discord allows it (max_concurrency); at 1, discord.js
// would wait 5 s between them, as it must against the real gateway.
const CONCURRENT_IDENTIFY = { maxConcurrency: 16 };

let bot: BotUnderTest | undefined;

afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

/** The shard arrays ([id, count]) the bot sent in its IDENTIFY payloads, sorted by id. */
function identifiedShards(running: BotUnderTest): [number, number][] {
  return running.fake.gatewayPayloads
    .filter((p) => p.op === 2)
    .map((p) => (p.d as { shard: [number, number] }).shard)
    .sort(([a], [b]) => a - b);
}

describe("a bot running shards 0 and 1 of 2 (DISCORD_SHARD_IDS=0,1 DISCORD_SHARD_COUNT=2)", () => {
  test("opens one gateway connection per shard, each identifying with its [id, count]", async () => {
    bot = await startBotAgainstFakeDiscord({
      env: { DISCORD_SHARD_IDS: "0,1", DISCORD_SHARD_COUNT: "2" },
      discord: CONCURRENT_IDENTIFY,
    });
    expect(identifiedShards(bot)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(bot.fake.shards().sort(([a], [b]) => a - b)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(bot.logger.lines).toContainEqual(
      expect.objectContaining({ message: "Discord bot ready", shards: [0, 1], shardCount: 2 }),
    );
  });

  test("answers on each connection: a DM on shard 0, the server's messages and commands on its shard", async () => {
    bot = await startBotAgainstFakeDiscord({
      env: { DISCORD_SHARD_IDS: "0,1", DISCORD_SHARD_COUNT: "2" },
      discord: CONCURRENT_IDENTIFY,
    });
    const guildShard = shardOfGuild(GUILD_ID, 2);
    // The fixture server sits on shard 1, so the two shards carry different traffic.
    expect(guildShard).toBe(1);

    const dm = directMessage("how many Cambodians work in Busan?");
    bot.fake.dispatchToShard(0, "MESSAGE_CREATE", dm);
    const dmReply = await bot.fake.waitForRequest(isReplyTo(dm));
    expect(dmReply.path).toBe(`/api/v10/channels/${DM_CHANNEL_ID}/messages`);
    expect(JSON.stringify(dmReply.body.embeds)).toContain("9,000");

    const mention = channelMessage(`<@${APP_ID}> how many Cambodians work in Busan?`);
    bot.fake.dispatchToShard(guildShard, "MESSAGE_CREATE", mention);
    const mentionReply = await bot.fake.waitForRequest(isReplyTo(mention));
    expect(mentionReply.path).toBe(`/api/v10/channels/${CHANNEL_ID}/messages`);
    expect(JSON.stringify(mentionReply.body.embeds)).toContain("9,000");

    const command = slashCommand("ask", { question: "how many Cambodians work in Busan?" });
    bot.fake.dispatchToShard(guildShard, "INTERACTION_CREATE", command);
    const callback = await bot.fake.waitForRequest(isCallbackFor(command));
    expect(JSON.stringify(callback.body.data.embeds)).toContain("9,000");
  });
});

describe("DISCORD_SHARDS=auto", () => {
  test("runs as many shards as the gateway recommends", async () => {
    bot = await startBotAgainstFakeDiscord({
      env: { DISCORD_SHARDS: "auto" },
      discord: { recommendedShards: 3, ...CONCURRENT_IDENTIFY },
    });
    expect(identifiedShards(bot)).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
  });
});

describe("one machine's slice of a bigger bot", () => {
  test("DISCORD_SHARD_IDS=1 of 2 identifies as shard 1 only and answers the server's messages", async () => {
    bot = await startBotAgainstFakeDiscord({
      env: { DISCORD_SHARD_IDS: "1", DISCORD_SHARD_COUNT: "2" },
    });
    expect(identifiedShards(bot)).toEqual([[1, 2]]);
    const mention = channelMessage(`<@${APP_ID}> how many Cambodians work in Busan?`);
    bot.fake.dispatch("MESSAGE_CREATE", mention);
    const reply = await bot.fake.waitForRequest(isReplyTo(mention));
    expect(JSON.stringify(reply.body.embeds)).toContain("9,000");
  });

  test("with no shard variables, one connection identifies as [0, 1], as before", async () => {
    bot = await startBotAgainstFakeDiscord();
    expect(identifiedShards(bot)).toEqual([[0, 1]]);
  });
});
