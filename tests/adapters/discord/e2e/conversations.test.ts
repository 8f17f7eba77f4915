import { MessageFlags } from "discord.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type TempLog, tempQuestionLog } from "../../../log/temp-log.js";
import {
  APP_ID,
  buttonClick,
  CHANNEL_ID,
  channelMessage,
  slashCommand,
  THREAD_ID,
  user,
} from "../fake-discord/payloads.js";
import { isReplyTo, type RecordedRequest } from "../fake-discord/server.js";
import { type BotUnderTest, startBotAgainstFakeDiscord } from "../fake-discord/start-bot.js";

let bot: BotUnderTest;
let temp: TempLog;

beforeAll(async () => {
  temp = tempQuestionLog();
  bot = await startBotAgainstFakeDiscord({ env: { RATE_LIMIT_MAX: "50" }, log: temp.log });
});

afterAll(async () => {
  await bot?.stop();
  await temp?.close();
});

const mention = `<@${APP_ID}>`;

async function send(message: { id: string }): Promise<RecordedRequest> {
  bot.fake.dispatch("MESSAGE_CREATE", message);
  return bot.fake.waitForRequest(isReplyTo(message));
}

const text = (reply: RecordedRequest): string => JSON.stringify(reply.body.embeds);

/** The custom_ids of the 👍 and 👎 buttons of a reply's last row. */
function feedbackIds(components: { components: { custom_id: string }[] }[]): string[] {
  return (components.at(-1)?.components ?? []).map((b) => b.custom_id);
}

describe("a conversation in a Discord thread", () => {
  test("a follow-up is read against the user's earlier question in that thread", async () => {
    const author = user("threader");
    const first = await send(
      channelMessage(`${mention} when did Sokhonn meet the mayor?`, {
        author,
        channelId: THREAD_ID,
      }),
    );
    expect(first.path).toBe(`/api/v10/channels/${THREAD_ID}/messages`);
    const second = await send(
      channelMessage(`${mention} and what did he ask him?`, { author, channelId: THREAD_ID }),
    );
    expect(text(second)).toContain("welfare");
  });

  test("the thread's context does not follow the user into the channel", async () => {
    const author = user("wanderer");
    await send(
      channelMessage(`${mention} when did Sokhonn meet the mayor?`, {
        author,
        channelId: THREAD_ID,
      }),
    );
    const inChannel = await send(
      channelMessage(`${mention} and what did he ask him?`, { author, channelId: CHANNEL_ID }),
    );
    expect(text(inChannel)).not.toContain("welfare of Cambodian migrant workers");
  });

  test("questions land in the log with their conversation kind and the user only hashed", async () => {
    const author = user("logged");
    await send(channelMessage(`${mention} who is Kin Phea?`, { author, channelId: THREAD_ID }));
    const rows = await temp.questions();
    const row = rows.find((r) => r.question === "who is Kin Phea?");
    expect(row).toMatchObject({ platform: "discord", conversation_kind: "thread", answered: 1 });
    expect(row?.user_hash).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(rows)).not.toContain(author.id);
  });
});

describe("👍 and 👎 on Discord answers", () => {
  test("every answer carries the two buttons, each naming the logged question", async () => {
    const reply = await send(channelMessage(`${mention} how many Cambodians work in Busan?`));
    const [up, down] = feedbackIds(reply.body.components);
    expect(up).toMatch(/^fb:up:[0-9a-f-]{36}$/);
    expect(down).toBe(up?.replace("fb:up:", "fb:down:"));
    const id = up?.slice("fb:up:".length);
    expect((await temp.questions()).map((r) => r.id)).toContain(id);
  });

  test("👍 is recorded and thanked privately", async () => {
    const reply = await send(channelMessage(`${mention} who is the mayor of Busan?`));
    const [up] = feedbackIds(reply.body.components);
    const clicker = user("fan");
    const callback = await bot.interact(buttonClick(up ?? "", { author: clicker }));
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(callback.body.data.content).toContain("👍");
    const feedback = await temp.feedback();
    expect(feedback.some((f) => f.question_id === up?.slice(6) && f.verdict === "up")).toBe(true);
  });

  test("👎 is recorded and answered to that user only, with the next-best answers", async () => {
    const callback0 = await bot.interact(
      // The engine has a runner-up here (Korea's count beside Busan's) to offer after the 👎.
      slashCommand("ask", { question: "how many Cambodian workers are in Korea?" }),
    );
    const [, down] = feedbackIds(callback0.body.data.components);
    const callback = await bot.interact(buttonClick(down ?? "", { author: user("critic") }));
    expect(callback.body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const embed = JSON.stringify(callback.body.data.embeds);
    expect(embed).toContain("Other answers");
    expect(embed).toMatch(/paragraph \d+/);
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const feedback = await temp.feedback();
    expect(feedback.some((f) => f.question_id === down?.slice(8) && f.verdict === "down")).toBe(
      true,
    );
  });
});
