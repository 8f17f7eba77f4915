import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type SlackHandle, startSlack } from "../../../src/adapters/slack/start.js";
import { createEngine } from "../../../src/core/index.js";
import { loadCorpus } from "../../../src/data/load-knowledge.js";
import { createMemoryLogger } from "../../../src/logger.js";
import { blockText, buttons } from "./fakes/blocks.js";
import { BOT_USER_ID, FakeSlack, TEAM_ID } from "./fakes/fake-slack.js";
import { FakeSocketMode } from "./fakes/fake-socket-mode.js";
import { CHANNEL_ID, slashCommandPayload } from "./fakes/payloads.js";

const DATA_DIR = fileURLToPath(new URL("../../../data", import.meta.url));

const fake = new FakeSlack();
const socket = new FakeSocketMode();
let slack: SlackHandle;

beforeAll(async () => {
  await fake.start();
  await socket.start();
  fake.socketUrl = socket.url;
  slack = await startSlack(
    {
      botToken: "xoxb-test-token",
      appToken: "xapp-test-token",
      apiUrl: fake.apiUrl,
      port: 0,
      rateLimit: { max: 5, windowMs: 60_000 },
      conversations: { idleMs: 600_000, max: 1000 },
    },
    createEngine(loadCorpus(DATA_DIR)),
    createMemoryLogger(),
    { clientOptions: { retryConfig: { retries: 0 } } },
  );
});

afterAll(async () => {
  await slack?.stop();
  await socket.close();
  await fake.close();
});

describe("Slack app in Socket Mode (real Bolt, loopback WebSocket)", () => {
  test("opens the connection with apps.connections.open, authorised by the app-level token", () => {
    expect(slack.mode).toBe("socket");
    expect(slack.port).toBeUndefined();
    const open = fake.calls("apps.connections.open");
    expect(open).toHaveLength(1);
    expect(open[0]?.authorization).toBe("Bearer xapp-test-token");
    expect(socket.connections).toBe(1);
  });

  test("acks a slash command envelope with its envelope_id, then answers through the response_url", async () => {
    const question = "how many Cambodians work in Busan?";
    socket.send(
      "env-command-1",
      "slash_commands",
      slashCommandPayload({
        text: question,
        user: "USOCK001",
        responseUrl: fake.responseUrl("sock-1"),
      }),
    );
    const ack = await socket.waitForAck("env-command-1");
    expect(ack).toEqual({ envelope_id: "env-command-1", payload: {} });

    const body = (await fake.waitForResponse("sock-1")).body;
    expect(body["response_type"]).toBe("ephemeral");
    expect(blockText(body["blocks"])).toContain("9,000");
    expect(buttons(body["blocks"]).map((b) => b.action_id)).toEqual(["share_answer"]);
  });

  test("acks an app_mention event and answers in a thread", async () => {
    const ts = "1700000900.000100";
    socket.send("env-event-1", "events_api", {
      team_id: TEAM_ID,
      api_app_id: "A0000APP",
      type: "event_callback",
      event_id: "EvSOCK1",
      event_time: 1700000900,
      authorizations: [
        { team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false },
      ],
      event: {
        type: "app_mention",
        user: "USOCK002",
        text: `<@${BOT_USER_ID}> who is the mayor of Busan?`,
        ts,
        channel: CHANNEL_ID,
        event_ts: ts,
      },
    });
    await socket.waitForAck("env-event-1");
    const post = await fake.waitForCall("chat.postMessage", (p) => p["thread_ts"] === ts);
    expect(blockText(post.params["blocks"])).toContain("Oh Keo-don");
  });

  test("stop() closes the WebSocket and can be called twice", async () => {
    await Promise.all([slack.stop(), slack.stop()]);
    await socket.waitUntil(
      () => (socket.closedByClient > 0 ? true : undefined),
      "the app to close",
    );
    expect(socket.closedByClient).toBe(1);
  });
});
