import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createEngine } from "../../../src/core/index.js";
import { loadCorpus } from "../../../src/data/load-knowledge.js";
import { createMemoryLogger } from "../../../src/logger.js";
import { FIXTURE_DATA_DIR } from "../../fixtures/knowledge-dir.js";
import { blockText, buttons } from "./fakes/blocks.js";
import { BOT_USER_ID, FakeSlack } from "./fakes/fake-slack.js";
import {
  appMention,
  buttonClick,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  directMessage,
  postSigned,
  slashCommand,
  urlVerification,
} from "./fakes/payloads.js";
import { type HttpApp, startHttpApp } from "./fakes/start-http-app.js";

const DATA_DIR = FIXTURE_DATA_DIR;
const RATE_LIMIT = { max: 3, windowMs: 60_000 };

const fake = new FakeSlack();
const logger = createMemoryLogger();
let app: HttpApp;
let eventsUrl: string;
let base: string;

beforeAll(async () => {
  app = await startHttpApp(fake, createEngine(loadCorpus(DATA_DIR)), {
    rateLimit: RATE_LIMIT,
    logger,
  });
  ({ eventsUrl, base } = app);
});

afterAll(async () => {
  await app?.slack.stop();
  await fake.close();
});

const ask = (text: string, user: string, id: string) => app.ask(text, user, id);

describe("Slack app in HTTP mode (real Bolt, fake Slack on 127.0.0.1)", () => {
  test("starts by checking its token with auth.test against SLACK_API_URL", () => {
    const auth = fake.calls("auth.test");
    expect(auth).toHaveLength(1);
    expect(auth[0]?.authorization).toBe("Bearer xoxb-test-token");
  });

  test("GET /healthz answers 200 for a load balancer", async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  test("answers Slack's signed url_verification challenge", async () => {
    const res = await postSigned(eventsUrl, urlVerification("challenge-abc"));
    expect(res.status).toBe(200);
    expect(res.text).toContain("challenge-abc");
  });

  test("/ask <question> acks with an empty 200, then responds privately with the answer, its source and a share button", async () => {
    const question = "how many Cambodians work in Busan?";
    const res = await postSigned(
      eventsUrl,
      slashCommand({ text: question, user: "UASK0001", responseUrl: fake.responseUrl("ask-1") }),
    );
    expect(res.status).toBe(200);
    expect(res.text).toBe("");

    const body = (await fake.waitForResponse("ask-1")).body;
    expect(body["response_type"]).toBe("ephemeral");
    const text = blockText(body["blocks"]);
    expect(text).toContain(`*Question:* ${question}`);
    expect(text).toContain("9,000");
    expect(text).toMatch(/Paragraph \d+ · .+ · The Post/);
    expect(buttons(body["blocks"])).toEqual([
      { action_id: "share_answer", text: "Share in channel", value: question },
    ]);
  });

  test("escapes <!channel>, <!here> and <@U…> in the restated question so they never ping", async () => {
    const body = await ask(
      "<!channel> <!here> <@U999> & who is the mayor of Seoul?",
      "UESC0001",
      "esc-1",
    );
    const sent = JSON.stringify(body);
    expect(sent).not.toContain("<!channel>");
    expect(sent).not.toContain("<!here>");
    expect(sent).not.toContain("<@U999>");
    expect(blockText(body["blocks"])).toContain(
      "&lt;!channel&gt; &lt;!here&gt; &lt;@U999&gt; &amp; who is the mayor of Seoul?",
    );
  });

  test("when the article doesn't say, it says so and offers up to 3 suggested questions as buttons", async () => {
    const body = await ask("who is the mayor of Seoul?", "UABS0001", "abstain-1");
    const suggestionButtons = buttons(body["blocks"]);
    expect(suggestionButtons.length).toBeGreaterThanOrEqual(1);
    expect(suggestionButtons.length).toBeLessThanOrEqual(3);
    for (const b of suggestionButtons) {
      expect(b.action_id).toMatch(/^ask_suggestion_\d+$/);
      expect(b.text.length).toBeLessThanOrEqual(75);
    }
    expect(suggestionButtons.map((b) => b.action_id)).not.toContain("share_answer");
  });

  test.each([
    ["", "/ask quote [speaker]"],
    ["help", "/ask facts"],
    ["about", "The Post"],
    ["quote Kin Phea", "Korea-Mekong mechanism"],
    ["facts", "9,000"],
  ])("/ask %j responds with %j", async (text, expected) => {
    const body = await ask(
      text,
      `ULST${text.length}${text.slice(0, 3).toUpperCase()}`,
      `list-${text}`,
    );
    expect(body["response_type"]).toBe("ephemeral");
    expect(blockText(body["blocks"])).toContain(expected);
  });

  test("a question over 500 characters gets a clear message, not an answer", async () => {
    const body = await ask(`why ${"very ".repeat(120)}long?`, "ULONG001", "long-1");
    expect(blockText(body["blocks"])).toMatch(/keep it under 500 characters/);
  });

  test("clicking Share in channel posts the answer for everyone with chat.postMessage and marks the private copy as shared", async () => {
    const question = "how many Cambodians work in Busan?";
    const res = await postSigned(
      eventsUrl,
      buttonClick({
        actionId: "share_answer",
        value: question,
        user: "USHARE01",
        responseUrl: fake.responseUrl("share-1"),
      }),
    );
    expect(res.status).toBe(200);
    const post = await fake.waitForCall("chat.postMessage", (p) =>
      blockText(p["blocks"]).includes("USHARE01"),
    );
    expect(post.params["channel"]).toBe(CHANNEL_ID);
    expect(post.params["thread_ts"]).toBeUndefined();
    expect(post.params["unfurl_links"]).toBe("false");
    const shared = blockText(post.params["blocks"]);
    expect(shared).toContain(`*Question:* ${question}`);
    expect(shared).toContain("9,000");
    expect(shared).toContain("Shared by <@USHARE01>");
    expect(buttons(post.params["blocks"])).toEqual([]);

    const mine = (await fake.waitForResponse("share-1")).body;
    expect(mine["replace_original"]).toBe(true);
    expect(blockText(mine["blocks"])).toContain("You shared this in the channel.");
  });

  test("sharing where the bot is not a member falls back to an in_channel response", async () => {
    fake.failNext("chat.postMessage", 200, { ok: false, error: "not_in_channel" });
    await postSigned(
      eventsUrl,
      buttonClick({
        actionId: "share_answer",
        value: "facts",
        user: "USHARE02",
        responseUrl: fake.responseUrl("share-2"),
      }),
    );
    const posted = (await fake.waitForResponse("share-2")).body;
    expect(posted["response_type"]).toBe("in_channel");
    expect(blockText(posted["blocks"])).toContain("Shared by <@USHARE02>");
  });

  test("clicking a suggested question answers it privately, leaving the suggestions in place", async () => {
    const question = "how many Cambodians work in Busan?";
    await postSigned(
      eventsUrl,
      buttonClick({
        actionId: "ask_suggestion_1",
        value: question,
        user: "USUGG001",
        responseUrl: fake.responseUrl("sugg-1"),
      }),
    );
    const body = (await fake.waitForResponse("sugg-1")).body;
    expect(body["response_type"]).toBe("ephemeral");
    expect(body["replace_original"]).toBe(false);
    const text = blockText(body["blocks"]);
    expect(text).toContain(`*Question:* ${question}`);
    expect(text).toContain("9,000");
  });

  test("@bot question in a channel is answered in a thread under the message", async () => {
    const ts = "1700000100.000100";
    const res = await postSigned(
      eventsUrl,
      appMention({
        user: "UMENT001",
        text: `<@${BOT_USER_ID}> how many Cambodians work in Busan?`,
        ts,
      }),
    );
    expect(res.status).toBe(200);
    const post = await fake.waitForCall("chat.postMessage", (p) => p["thread_ts"] === ts);
    expect(post.params["channel"]).toBe(CHANNEL_ID);
    expect(blockText(post.params["blocks"])).toContain("9,000");
    expect(post.params["unfurl_links"]).toBe("false");
  });

  test("@bot question inside a thread is answered in that thread", async () => {
    const parent = "1700000200.000100";
    await postSigned(
      eventsUrl,
      appMention({
        user: "UMENT002",
        text: `<@${BOT_USER_ID}> who is the mayor of Seoul?`,
        ts: "1700000299.000500",
        thread_ts: parent,
      }),
    );
    const post = await fake.waitForCall("chat.postMessage", (p) => p["thread_ts"] === parent);
    expect(post.params["channel"]).toBe(CHANNEL_ID);
    expect(buttons(post.params["blocks"]).length).toBeGreaterThanOrEqual(1);
  });

  test("a DM is answered in the DM", async () => {
    await postSigned(
      eventsUrl,
      directMessage({
        user: "UDM00001",
        text: "how many Cambodians work in Busan?",
        ts: "1700000300.1",
      }),
    );
    const post = await fake.waitForCall("chat.postMessage", (p) => p["channel"] === DM_CHANNEL_ID);
    expect(post.params["thread_ts"]).toBeUndefined();
    expect(blockText(post.params["blocks"])).toContain("9,000");
  });

  test("messages from bots, from the app itself and with a subtype are ignored", async () => {
    const channel = "D0IGNORE1";
    const base = { text: "how many Cambodians work in Busan?", channel };
    await postSigned(
      eventsUrl,
      directMessage({ ...base, user: "UOTHERBOT", ts: "1.1" }, { bot_id: "B0THER" }),
    );
    await postSigned(eventsUrl, directMessage({ ...base, user: BOT_USER_ID, ts: "1.2" }));
    await postSigned(
      eventsUrl,
      directMessage({ ...base, user: "UDM00002", ts: "1.3" }, { subtype: "message_changed" }),
    );
    await postSigned(
      eventsUrl,
      directMessage({ ...base, user: "UDM00002", text: "facts", ts: "1.4" }),
    );
    await fake.waitForCall("chat.postMessage", (p) => p["channel"] === channel);
    expect(
      fake.calls("chat.postMessage").filter((c) => c.params["channel"] === channel),
    ).toHaveLength(1);
  });

  test("a bad signature and a stale timestamp get 401 and nothing is posted", async () => {
    const request = slashCommand({
      text: "facts",
      user: "USIG0001",
      responseUrl: fake.responseUrl("forged"),
    });
    const bad = await postSigned(eventsUrl, request, { secret: "not-the-secret" });
    expect(bad.status).toBe(401);
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const stale = await postSigned(eventsUrl, request, { timestamp: sixMinutesAgo });
    expect(stale.status).toBe(401);
    // A valid request after them is answered, so theirs would have arrived by now.
    await ask("facts", "USIG0001", "after-forged");
    expect(fake.responsesTo("forged")).toEqual([]);
    // Bolt's own warning reaches our JSON logger.
    expect(logger.lines).toContainEqual(
      expect.objectContaining({
        level: "warn",
        source: "bolt",
        message: expect.stringMatching(/signature mismatch/),
      }),
    );
  });

  test("a user over the rate limit gets a polite private notice to /ask", async () => {
    for (let i = 1; i <= RATE_LIMIT.max; i++) {
      const body = await ask("facts", "URATE001", `rate-${i}`);
      expect(blockText(body["blocks"])).not.toMatch(/try again in/);
    }
    const body = await ask("facts", "URATE001", "rate-over");
    expect(body["response_type"]).toBe("ephemeral");
    expect(blockText(body["blocks"])).toMatch(/try again in \d+ seconds?/);
    // Someone else is not held back.
    expect(blockText((await ask("facts", "URATE002", "rate-other"))["blocks"])).not.toMatch(
      /try again in/,
    );
  });

  test("a user over the rate limit in a channel gets the notice as an ephemeral in the thread", async () => {
    const send = (i: number) =>
      postSigned(
        eventsUrl,
        appMention({ user: "URATE003", text: `<@${BOT_USER_ID}> facts`, ts: `1700000400.00${i}` }),
      );
    for (let i = 1; i <= RATE_LIMIT.max; i++) {
      await send(i);
      await fake.waitForCall("chat.postMessage", (p) => p["thread_ts"] === `1700000400.00${i}`);
    }
    await send(9);
    const notice = await fake.waitForCall("chat.postEphemeral", (p) => p["user"] === "URATE003");
    expect(notice.params["thread_ts"]).toBe("1700000400.009");
    expect(notice.params["text"]).toMatch(/try again in/);
    expect(
      fake.calls("chat.postMessage").some((c) => c.params["thread_ts"] === "1700000400.009"),
    ).toBe(false);
  });

  test("a failed Web API call is logged with context, the user is told, and the next request works", async () => {
    // Slack refuses a call with `ok: false` (a 5xx may have posted, see reply-delivery.e2e.test.ts).
    fake.failNext("chat.postMessage", 200, { ok: false, error: "fatal_error" });
    await postSigned(
      eventsUrl,
      appMention({ user: "UFAIL001", text: `<@${BOT_USER_ID}> facts`, ts: "1700000500.1" }),
    );
    const apology = await fake.waitForCall("chat.postEphemeral", (p) => p["user"] === "UFAIL001");
    expect(apology.params["text"]).toMatch(/something went wrong/);
    const logged = logger.lines.find(
      (l) => l["message"] === "Slack listener failed" && l["user"] === "UFAIL001",
    );
    expect(logged).toMatchObject({
      level: "error",
      listener: "event app_mention",
      channel: CHANNEL_ID,
    });

    await postSigned(
      eventsUrl,
      appMention({ user: "UFAIL001", text: `<@${BOT_USER_ID}> facts`, ts: "1700000500.2" }),
    );
    await fake.waitForCall("chat.postMessage", (p) => p["thread_ts"] === "1700000500.2");
  });
});

describe("Slack app lifecycle in HTTP mode", () => {
  test("a 5xx from auth.test at start-up is retried; a refused token is not", async () => {
    const own = new FakeSlack();
    own.failNext("auth.test", 503, "unavailable");
    const options = { options: { sleep: async () => {} } };
    const { slack: handle } = await startHttpApp(own, createEngine(loadCorpus(DATA_DIR)), {
      rateLimit: RATE_LIMIT,
      logger: createMemoryLogger(),
      ...options,
    });
    expect(own.calls("auth.test")).toHaveLength(2);
    await handle.stop();
    await own.close();

    const refused = new FakeSlack();
    refused.failNext("auth.test", 200, { ok: false, error: "invalid_auth" });
    await expect(
      startHttpApp(refused, createEngine(loadCorpus(DATA_DIR)), {
        rateLimit: RATE_LIMIT,
        logger: createMemoryLogger(),
        ...options,
      }),
    ).rejects.toThrow(/invalid_auth/);
    expect(refused.calls("auth.test")).toHaveLength(1);
    await refused.close();
  });

  test("stop() closes the port and can be called twice", async () => {
    const own = new FakeSlack();
    const { slack: handle } = await startHttpApp(own, createEngine(loadCorpus(DATA_DIR)), {
      rateLimit: RATE_LIMIT,
      logger: createMemoryLogger(),
    });
    const url = `http://127.0.0.1:${handle.port}/healthz`;
    expect((await fetch(url)).status).toBe(200);
    await Promise.all([handle.stop(), handle.stop()]);
    await handle.stop();
    await expect(fetch(url)).rejects.toThrow();
    await own.close();
  });
});
