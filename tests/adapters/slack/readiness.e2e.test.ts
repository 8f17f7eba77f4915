import { afterEach, describe, expect, test } from "vitest";
import { createEngine } from "../../../src/core/index.js";
import { loadCorpus } from "../../../src/data/load-knowledge.js";
import { createMemoryLogger } from "../../../src/logger.js";
import { FIXTURE_DATA_DIR } from "../../fixtures/knowledge-dir.js";
import { FakeSlack } from "./fakes/fake-slack.js";
import { type HttpApp, startHttpApp } from "./fakes/start-http-app.js";

const RATE_LIMIT = { max: 100, windowMs: 60_000 };

let fake: FakeSlack | undefined;
let app: HttpApp | undefined;

afterEach(async () => {
  await app?.slack.stop();
  await fake?.close();
  app = undefined;
  fake = undefined;
});

async function start(options: { knowledgeLoaded?: () => boolean } = {}): Promise<HttpApp> {
  fake = new FakeSlack();
  app = await startHttpApp(fake, createEngine(loadCorpus(FIXTURE_DATA_DIR)), {
    rateLimit: RATE_LIMIT,
    logger: createMemoryLogger(),
    options,
  });
  return app;
}

async function get(url: string): Promise<{ status: number; body: unknown; cache: string | null }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.json(), cache: res.headers.get("cache-control") };
}

describe("GET /readyz in HTTP mode (real Bolt app on 127.0.0.1)", () => {
  test("is 503 until the knowledge is loaded, then 200; /healthz is 200 throughout", async () => {
    let loaded = false;
    const { base } = await start({ knowledgeLoaded: () => loaded });

    expect(await get(`${base}/readyz`)).toEqual({
      status: 503,
      body: { ready: false, reason: "knowledge not loaded" },
      cache: "no-store",
    });
    expect((await get(`${base}/healthz`)).status).toBe(200);

    loaded = true;
    expect(await get(`${base}/readyz`)).toEqual({
      status: 200,
      body: { ready: true },
      cache: "no-store",
    });
    expect((await get(`${base}/healthz`)).status).toBe(200);
  });

  test("is 200 as soon as the port answers when the engine came loaded (as `npm start` hands it)", async () => {
    const { base } = await start();
    expect(await get(`${base}/readyz`)).toMatchObject({ status: 200, body: { ready: true } });
  });

  test("only GET: a POST to /readyz is not served as a check", async () => {
    const { base } = await start();
    const res = await fetch(`${base}/readyz`, { method: "POST" });
    expect(res.status).not.toBe(200);
  });

  test("after stop() the port refuses, so the balancer drops it", async () => {
    const { base, slack } = await start();
    expect((await get(`${base}/readyz`)).status).toBe(200);
    await slack.stop();
    await expect(fetch(`${base}/readyz`)).rejects.toThrow();
  });
});
