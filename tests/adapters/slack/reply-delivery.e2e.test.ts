import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createEngine } from "../../../src/core/index.js";
import { loadCorpus } from "../../../src/data/load-knowledge.js";
import { createMemoryLogger } from "../../../src/logger.js";
import { FIXTURE_DATA_DIR } from "../../fixtures/knowledge-dir.js";
import { blockText, feedbackButtons } from "./fakes/blocks.js";
import { BOT_USER_ID, FakeSlack, rateLimited } from "./fakes/fake-slack.js";
import { appMention, buttonClick, postSigned, slashCommand } from "./fakes/payloads.js";
import { type HttpApp, startHttpApp } from "./fakes/start-http-app.js";
import { TestSleeps } from "./fakes/test-sleeps.js";
import { waitForLog } from "./fakes/wait-for-log.js";

const DATA_DIR = FIXTURE_DATA_DIR;
/** The time limit the app gets for one call here; Slack's side answers slower when scripted to. */
const LIMIT_MS = 300;

const fake = new FakeSlack();
const logger = createMemoryLogger();
const sleeps = new TestSleeps();
let app: HttpApp;

beforeAll(async () => {
  app = await startHttpApp(fake, createEngine(loadCorpus(DATA_DIR)), {
    rateLimit: { max: 100, windowMs: 60_000 },
    logger,
    options: {
      sleep: sleeps.sleep,
      clientOptions: { timeout: LIMIT_MS },
      delivery: { responseUrlTimeoutMs: LIMIT_MS },
    },
  });
});

afterAll(async () => {
  await app?.slack.stop();
  await fake.close();
});

const askCommand = (id: string, user: string, text = "facts") =>
  postSigned(app.eventsUrl, slashCommand({ text, user, responseUrl: fake.responseUrl(id) }));
const statuses = (id: string) => fake.responsesTo(id).map((r) => r.status);

describe("a reply that may already be in the channel is never posted again", () => {
  test("a chat.postMessage slower than its time limit is posted once, and the asker is told it may not have arrived", async () => {
    const ts = "1700002000.000100";
    fake.script("chat.postMessage", { delayMs: 4 * LIMIT_MS, when: (p) => p["thread_ts"] === ts });
    await postSigned(
      app.eventsUrl,
      appMention({ user: "USLOW001", text: `<@${BOT_USER_ID}> facts`, ts }),
    );
    const notice = await fake.waitForCall("chat.postEphemeral", (p) => p["user"] === "USLOW001");
    expect(notice.params["text"]).toMatch(/couldn't confirm/);
    expect(notice.params["thread_ts"]).toBe(ts);
    expect(fake.calls("chat.postMessage").filter((c) => c.params["thread_ts"] === ts)).toHaveLength(
      1,
    );
  });

  test("a chat.postMessage answered with a 500 is not posted again either", async () => {
    const ts = "1700002000.000150";
    fake.script("chat.postMessage", {
      status: 500,
      body: "upstream exploded",
      when: (p) => p["thread_ts"] === ts,
    });
    await postSigned(
      app.eventsUrl,
      appMention({ user: "USLOW003", text: `<@${BOT_USER_ID}> facts`, ts }),
    );
    const notice = await fake.waitForCall("chat.postEphemeral", (p) => p["user"] === "USLOW003");
    expect(notice.params["text"]).toMatch(/couldn't confirm/);
    expect(fake.calls("chat.postMessage").filter((c) => c.params["thread_ts"] === ts)).toHaveLength(
      1,
    );
  });

  test("a chat.postMessage refused with a 429 was not posted, so it is sent again after the wait", async () => {
    const ts = "1700002000.000200";
    fake.script(
      "chat.postMessage",
      rateLimited(3, (p) => p["thread_ts"] === ts),
    );
    await postSigned(
      app.eventsUrl,
      appMention({ user: "USLOW002", text: `<@${BOT_USER_ID}> facts`, ts }),
    );
    await fake.waitForCalls("chat.postMessage", (p) => p["thread_ts"] === ts, 2);
    expect(sleeps.requested).toContain(3000);
  });

  test("a share in a channel the bot is not in goes through the response_url once, even when that times out", async () => {
    fake.failNext("chat.postMessage", 200, { ok: false, error: "not_in_channel" });
    fake.scriptResponse("share-slow", { hang: true });
    await postSigned(
      app.eventsUrl,
      buttonClick({
        actionId: "share_answer",
        value: "facts",
        user: "USHARE09",
        responseUrl: fake.responseUrl("share-slow"),
      }),
    );
    // The asker hears that it may not have arrived (an ephemeral: safe to retry).
    const notice = await fake.waitForDelivered("share-slow");
    expect(notice.body["response_type"]).toBe("ephemeral");
    expect(blockText(notice.body["blocks"])).toMatch(/couldn't confirm/);
    const inChannel = fake
      .responsesTo("share-slow")
      .filter((r) => r.body["response_type"] === "in_channel");
    expect(inChannel).toHaveLength(1);
  });
});

describe("response_url replies have a time limit and a bounded retry", () => {
  test("a 500 from the response_url is retried after a short backoff and the answer arrives", async () => {
    fake.scriptResponse("r500", { status: 500, body: "upstream exploded" });
    await askCommand("r500", "URESP001");
    const delivered = await fake.waitForDelivered("r500");
    expect(blockText(delivered.body["blocks"])).toContain("9,000");
    expect(statuses("r500")).toEqual([500, 200]);
  });

  test("a response_url that never answers is abandoned after its time limit and tried again", async () => {
    fake.scriptResponse("hang", { hang: true });
    await askCommand("hang", "URESP002");
    const delivered = await fake.waitForDelivered("hang");
    expect(blockText(delivered.body["blocks"])).toContain("9,000");
    expect(statuses("hang")).toEqual([undefined, 200]);
  });

  test("a 429 from the response_url is retried after the Retry-After it gives", async () => {
    fake.scriptResponse("r429", rateLimited(7));
    await askCommand("r429", "URESP003");
    const delivered = await fake.waitForDelivered("r429");
    expect(blockText(delivered.body["blocks"])).toContain("9,000");
    expect(sleeps.requested).toContain(7000);
  });

  test("a response_url that keeps failing is tried a bounded number of times, and the failure is logged", async () => {
    for (let i = 0; i < 10; i++) fake.scriptResponse("down", { status: 503 });
    await askCommand("down", "URESP004");
    await waitForLog(logger, {
      message: "Could not tell the user about the failure",
      user: "URESP004",
    });
    // Three attempts for the answer, three for the apology.
    expect(statuses("down")).toEqual([503, 503, 503, 503, 503, 503]);
  });

  test("a response_url answering 404 (expired) is not tried again", async () => {
    fake.scriptResponse("gone", { status: 404, body: "expired_url" });
    fake.scriptResponse("gone", { status: 404, body: "expired_url" });
    await askCommand("gone", "URESP005");
    await waitForLog(logger, {
      message: "Could not tell the user about the failure",
      user: "URESP005",
    });
    expect(statuses("gone")).toEqual([404, 404]);
  });
});

describe("👍/👎 replies follow the same delivery policy", () => {
  /** Asks by /ask and returns the id the answer's 👎 button carries. */
  async function askForFeedbackId(id: string, user: string): Promise<string> {
    // The engine has a runner-up here (Korea's count beside Busan's) to offer after the 👎.
    await askCommand(id, user, "how many Cambodian workers are in Korea?");
    const answer = await fake.waitForDelivered(id);
    const [, down] = feedbackButtons(answer.body["blocks"]);
    expect(down?.value).toBeTruthy();
    return down?.value ?? "";
  }

  test("a 👎 reply whose response_url answers 500 is retried, and the next-best answers arrive", async () => {
    const questionId = await askForFeedbackId("fb-ask", "UFBDL001");
    fake.scriptResponse("fb-500", { status: 500, body: "upstream exploded" });
    await postSigned(
      app.eventsUrl,
      buttonClick({
        actionId: "feedback_down",
        value: questionId,
        user: "UFBDL001",
        responseUrl: fake.responseUrl("fb-500"),
      }),
    );
    const delivered = await fake.waitForDelivered("fb-500");
    expect(delivered.body["response_type"]).toBe("ephemeral");
    expect(blockText(delivered.body["blocks"])).toContain("Other answers");
    expect(statuses("fb-500")).toEqual([500, 200]);
  });

  test("without a response_url, a 👎 reply refused with a 429 is sent again after the Retry-After", async () => {
    const questionId = await askForFeedbackId("fb-ask-2", "UFBDL002");
    const ts = "1700009000.000100";
    fake.script(
      "chat.postEphemeral",
      rateLimited(9, (p) => p["user"] === "UFBDL002"),
    );
    await postSigned(
      app.eventsUrl,
      buttonClick({ actionId: "feedback_down", value: questionId, user: "UFBDL002", threadTs: ts }),
    );
    await fake.waitForCalls("chat.postEphemeral", (p) => p["user"] === "UFBDL002", 2);
    expect(sleeps.requested).toContain(9000);
  });
});
