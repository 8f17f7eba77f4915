import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createEngine } from "../../../src/core/index.js";
import { loadCorpus } from "../../../src/data/load-knowledge.js";
import { createMemoryLogger } from "../../../src/logger.js";
import { FIXTURE_DATA_DIR } from "../../fixtures/knowledge-dir.js";
import { blockText } from "./fakes/blocks.js";
import { FakeSlack } from "./fakes/fake-slack.js";
import { postSigned, rawPayload, slashCommand } from "./fakes/payloads.js";
import { type HttpApp, startHttpApp } from "./fakes/start-http-app.js";

const DATA_DIR = FIXTURE_DATA_DIR;

const fake = new FakeSlack();
const logger = createMemoryLogger();
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
let app: HttpApp;

beforeAll(async () => {
  process.on("unhandledRejection", onRejection);
  app = await startHttpApp(fake, createEngine(loadCorpus(DATA_DIR)), {
    rateLimit: { max: 100, windowMs: 60_000 },
    logger,
  });
});

afterAll(async () => {
  process.off("unhandledRejection", onRejection);
  await app?.slack.stop();
  await fake.close();
});

const nowSeconds = () => Math.floor(Date.now() / 1000);
/** Lets a rejection nobody handled reach the process's handlers. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("signed requests whose timestamp is far from now are refused", () => {
  test.each([
    ["10 minutes in the future", 10 * 60],
    ["6 minutes in the future", 6 * 60],
  ])("a timestamp %s gets 401 and nothing is answered", async (_, offset) => {
    const id = `future-${offset}`;
    const request = slashCommand({
      text: "facts",
      user: "UTIME001",
      responseUrl: fake.responseUrl(id),
    });
    const res = await postSigned(app.eventsUrl, request, { timestamp: nowSeconds() + offset });
    expect(res.status).toBe(401);
    // A fresh request after it is answered, so the refused one would have been by now.
    await app.ask("facts", "UTIME001", `after-${id}`);
    expect(fake.responsesTo(id)).toEqual([]);
  });

  test("a timestamp 4 minutes in the future (clock skew within Slack's 5) is answered", async () => {
    const request = slashCommand({
      text: "facts",
      user: "UTIME002",
      responseUrl: fake.responseUrl("skewed"),
    });
    const res = await postSigned(app.eventsUrl, request, { timestamp: nowSeconds() + 4 * 60 });
    expect(res.status).toBe(200);
    expect(blockText((await fake.waitForResponse("skewed")).body["blocks"])).toContain("9,000");
  });
});

describe("a signed request with a payload that is not an object gets a 400", () => {
  test.each(["null", "42", '"text"', "[]", "true"])(
    "payload=%s is refused with 400, and nothing is left unhandled",
    async (raw) => {
      const res = await postSigned(app.eventsUrl, rawPayload(raw));
      expect(res.status).toBe(400);
      await settle();
      expect(rejections).toEqual([]);
    },
  );

  test("a JSON body of null is refused with 400", async () => {
    const res = await postSigned(app.eventsUrl, { body: "null", contentType: "application/json" });
    expect(res.status).toBe(400);
    await settle();
    expect(rejections).toEqual([]);
  });

  test("a payload that is not JSON is refused with 400", async () => {
    const res = await postSigned(app.eventsUrl, rawPayload("{not json"));
    expect(res.status).toBe(400);
  });

  test("the refusals are logged, and the app keeps answering", async () => {
    expect(logger.lines).toContainEqual(
      expect.objectContaining({ level: "warn", message: expect.stringMatching(/not an object/) }),
    );
    expect(blockText((await app.ask("facts", "UGUARD01", "after-bad"))["blocks"])).toContain(
      "9,000",
    );
  });

  test("an unsigned request with a null payload still gets 401, not 400", async () => {
    const res = await postSigned(app.eventsUrl, rawPayload("null"), { secret: "wrong-secret" });
    expect(res.status).toBe(401);
  });
});
