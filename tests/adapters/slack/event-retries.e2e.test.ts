import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { SlackHandle } from "../../../src/adapters/slack/start.js";
import { createEngine, type Engine } from "../../../src/core/index.js";
import { loadCorpus } from "../../../src/data/load-knowledge.js";
import { createMemoryLogger } from "../../../src/logger.js";
import { FIXTURE_DATA_DIR } from "../../fixtures/knowledge-dir.js";
import { BOT_USER_ID, FakeSlack, TEAM_ID } from "./fakes/fake-slack.js";
import { FakeSocketMode } from "./fakes/fake-socket-mode.js";
import { appMention, CHANNEL_ID, postSigned } from "./fakes/payloads.js";
import { type HttpApp, startHttpApp } from "./fakes/start-http-app.js";
import { startSocketApp } from "./fakes/start-socket-app.js";
import { waitForLog } from "./fakes/wait-for-log.js";

const DATA_DIR = FIXTURE_DATA_DIR;
const RATE_LIMIT = { max: 100, windowMs: 60_000 };
let engine: Engine;

beforeAll(() => {
  engine = createEngine(loadCorpus(DATA_DIR));
});

const postsIn = (fake: FakeSlack, ts: string) =>
  fake.calls("chat.postMessage").filter((c) => c.params["thread_ts"] === ts);

describe("a Slack retry of an event is answered once (HTTP mode)", () => {
  const fake = new FakeSlack();
  const logger = createMemoryLogger();
  let app: HttpApp;

  beforeAll(async () => {
    app = await startHttpApp(fake, engine, { rateLimit: RATE_LIMIT, logger });
  });

  afterAll(async () => {
    await app?.slack.stop();
    await fake.close();
  });

  test("the same event_id sent again with x-slack-retry-num is acknowledged and not answered again", async () => {
    const ts = "1700003000.000100";
    const event = appMention({ user: "URETRY01", text: `<@${BOT_USER_ID}> facts`, ts });
    expect((await postSigned(app.eventsUrl, event)).status).toBe(200);
    await fake.waitForCall("chat.postMessage", (p) => p["thread_ts"] === ts);

    const retry = await postSigned(app.eventsUrl, event, {
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    expect(retry.status).toBe(200);
    const eventId = (JSON.parse(event.body) as { event_id: string }).event_id;
    await waitForLog(logger, { message: "Ignored a redelivered Slack event", event_id: eventId });
    expect(postsIn(fake, ts)).toHaveLength(1);
  });

  test("a retry whose first delivery never arrived is answered", async () => {
    const ts = "1700003000.000200";
    const event = appMention({ user: "URETRY02", text: `<@${BOT_USER_ID}> facts`, ts });
    await postSigned(app.eventsUrl, event, {
      headers: { "x-slack-retry-num": "2", "x-slack-retry-reason": "http_error" },
    });
    await fake.waitForCall("chat.postMessage", (p) => p["thread_ts"] === ts);
  });

  test("two different events with the same text are both answered", async () => {
    const text = `<@${BOT_USER_ID}> facts`;
    await postSigned(app.eventsUrl, appMention({ user: "URETRY03", text, ts: "1700003000.3" }));
    await postSigned(app.eventsUrl, appMention({ user: "URETRY03", text, ts: "1700003000.4" }));
    await fake.waitForCall("chat.postMessage", (p) => p["thread_ts"] === "1700003000.3");
    await fake.waitForCall("chat.postMessage", (p) => p["thread_ts"] === "1700003000.4");
  });
});

describe("a Slack retry of an event is answered once (Socket Mode)", () => {
  const fake = new FakeSlack();
  const socket = new FakeSocketMode();
  const logger = createMemoryLogger();
  let slack: SlackHandle;

  beforeAll(async () => {
    slack = await startSocketApp(fake, socket, engine, { rateLimit: RATE_LIMIT, logger });
  });

  afterAll(async () => {
    await slack?.stop();
    await socket.close();
    await fake.close();
  });

  test("an envelope redelivered with retry_attempt is acknowledged and not answered again", async () => {
    const ts = "1700003100.000100";
    const payload = {
      team_id: TEAM_ID,
      api_app_id: "A0000APP",
      type: "event_callback",
      event_id: "EvSOCKRETRY1",
      event_time: 1700003100,
      authorizations: [
        { team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false },
      ],
      event: {
        type: "app_mention",
        user: "USRETRY1",
        text: `<@${BOT_USER_ID}> facts`,
        ts,
        channel: CHANNEL_ID,
        event_ts: ts,
      },
    };
    socket.send("env-retry-1", "events_api", payload);
    await socket.waitForAck("env-retry-1");
    await fake.waitForCall("chat.postMessage", (p) => p["thread_ts"] === ts);

    socket.send("env-retry-2", "events_api", payload, {
      retry_attempt: 1,
      retry_reason: "timeout",
    });
    await socket.waitForAck("env-retry-2");
    await waitForLog(logger, {
      message: "Ignored a redelivered Slack event",
      event_id: "EvSOCKRETRY1",
    });
    expect(postsIn(fake, ts)).toHaveLength(1);
  });
});
