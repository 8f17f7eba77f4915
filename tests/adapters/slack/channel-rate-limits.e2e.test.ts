import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createEngine } from "../../../src/core/index.js";
import { loadCorpus } from "../../../src/data/load-knowledge.js";
import { createMemoryLogger } from "../../../src/logger.js";
import { FIXTURE_DATA_DIR } from "../../fixtures/knowledge-dir.js";
import { blockText } from "./fakes/blocks.js";
import { BOT_USER_ID, FakeSlack, rateLimited } from "./fakes/fake-slack.js";
import { appMention, postSigned } from "./fakes/payloads.js";
import { type HttpApp, startHttpApp } from "./fakes/start-http-app.js";
import { TestSleeps } from "./fakes/test-sleeps.js";

const DATA_DIR = FIXTURE_DATA_DIR;
const BUSY = "C0000BUSY";
const QUIET = "C000QUIET";

const fake = new FakeSlack();
// Waits of a second or more (Slack's Retry-After) stay pending until the test ends them.
const sleeps = new TestSleeps(1000);
let app: HttpApp;

beforeAll(async () => {
  app = await startHttpApp(fake, createEngine(loadCorpus(DATA_DIR)), {
    rateLimit: { max: 100, windowMs: 60_000 },
    logger: createMemoryLogger(),
    options: { sleep: sleeps.sleep },
  });
});

afterAll(async () => {
  sleeps.releaseAll();
  await app?.slack.stop();
  await fake.close();
});

const mention = (channel: string, ts: string) =>
  postSigned(
    app.eventsUrl,
    appMention({ user: "URLIM001", text: `<@${BOT_USER_ID}> facts`, ts, channel }),
  );
const postsTo = (channel: string) =>
  fake.calls("chat.postMessage").filter((c) => c.params["channel"] === channel);

describe("Slack rate limits are per channel", () => {
  test("a 429 with Retry-After: 20 in one channel holds only that channel's replies, which are delivered after the wait", async () => {
    fake.script(
      "chat.postMessage",
      rateLimited(20, (p) => p["channel"] === BUSY),
    );
    await mention(BUSY, "1700001000.000100");
    await fake.waitForCall("chat.postMessage", (p) => p["channel"] === BUSY);

    // Another channel is answered while the busy one waits.
    await mention(QUIET, "1700001000.000200");
    const quiet = await fake.waitForCall("chat.postMessage", (p) => p["channel"] === QUIET);
    expect(blockText(quiet.params["blocks"])).toContain("9,000");

    // The busy channel waits as long as Slack asked, and a second reply there waits with it.
    await mention(BUSY, "1700001000.000300");
    await sleeps.waitForPending(20_000);
    expect(postsTo(BUSY)).toHaveLength(1);

    sleeps.releaseAll();
    const delivered = await fake.waitForCalls("chat.postMessage", (p) => p["channel"] === BUSY, 3);
    expect(delivered.map((c) => c.params["thread_ts"]).sort()).toEqual([
      "1700001000.000100",
      "1700001000.000100",
      "1700001000.000300",
    ]);
    expect(blockText(delivered[2]?.params["blocks"])).toContain("9,000");
    expect(fake.calls("chat.postEphemeral")).toEqual([]);
  });
});
