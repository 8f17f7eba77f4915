import { describe, expect, test } from "vitest";
import { createChannelHolds } from "../../../../src/adapters/slack/delivery/channel-holds.js";
import { ResponseUrlError } from "../../../../src/adapters/slack/delivery/classify-failure.js";
import { DELIVERY_DEFAULTS } from "../../../../src/adapters/slack/delivery/delivery-policy.js";
import {
  type SendOptions,
  sendWithRetries,
} from "../../../../src/adapters/slack/delivery/send-with-retries.js";
import { createMemoryLogger } from "../../../../src/logger.js";
import { TestSleeps } from "../fakes/test-sleeps.js";

const notSent = () =>
  new TypeError("fetch failed", {
    cause: Object.assign(new Error("refused"), { code: "ECONNREFUSED" }),
  });
const timedOut = () => new DOMException("timed out", "TimeoutError");
const rateLimited = (ms: number) => new ResponseUrlError(429, ms, "");

/** A send that fails with each of `failures` in turn, then succeeds. */
function flaky(failures: Error[]) {
  let calls = 0;
  return {
    send: async () => {
      const failure = failures[calls++];
      if (failure) throw failure;
      return "sent";
    },
    get calls() {
      return calls;
    },
  };
}

function tools(policy = {}) {
  const sleeps = new TestSleeps();
  return {
    sleeps,
    tools: {
      policy: { ...DELIVERY_DEFAULTS, ...policy },
      sleep: sleeps.sleep,
      holds: createChannelHolds(sleeps.sleep),
      logger: createMemoryLogger(),
    },
  };
}

const once: SendOptions = { what: "chat.postMessage", repeatable: false };
const repeatable: SendOptions = { what: "response_url", repeatable: true };

describe("sendWithRetries", () => {
  test("a message everyone sees is not sent again when it may have landed", async () => {
    const target = flaky([timedOut()]);
    await expect(sendWithRetries(target.send, once, tools().tools)).rejects.toThrow("timed out");
    expect(target.calls).toBe(1);
  });

  test("a repeatable message is sent again after a time-out, with a growing backoff", async () => {
    const { tools: t, sleeps } = tools({ minBackoffMs: 100, maxBackoffMs: 1000 });
    const target = flaky([timedOut(), timedOut()]);
    await expect(sendWithRetries(target.send, repeatable, t)).resolves.toBe("sent");
    expect(target.calls).toBe(3);
    const [first = 0, second = 0] = sleeps.requested;
    expect(first).toBeGreaterThanOrEqual(50);
    expect(first).toBeLessThanOrEqual(100);
    expect(second).toBeGreaterThanOrEqual(100);
    expect(second).toBeLessThanOrEqual(200);
  });

  test("a message that never reached Slack is sent again, even one everyone sees", async () => {
    const target = flaky([notSent()]);
    await expect(sendWithRetries(target.send, once, tools().tools)).resolves.toBe("sent");
    expect(target.calls).toBe(2);
  });

  test("gives up after maxAttempts and throws the last error", async () => {
    const target = flaky([notSent(), notSent(), timedOut(), notSent()]);
    await expect(sendWithRetries(target.send, repeatable, tools().tools)).rejects.toThrow(
      "timed out",
    );
    expect(target.calls).toBe(DELIVERY_DEFAULTS.maxAttempts);
  });

  test("waits as long as a 429 asks, but not longer than maxRetryAfterMs", async () => {
    const { tools: t, sleeps } = tools({ maxRetryAfterMs: 30_000 });
    const ok = flaky([rateLimited(20_000)]);
    await expect(sendWithRetries(ok.send, once, t)).resolves.toBe("sent");
    expect(sleeps.requested).toEqual([20_000]);

    const tooLong = flaky([rateLimited(120_000)]);
    await expect(sendWithRetries(tooLong.send, once, t)).rejects.toThrow("429");
    expect(tooLong.calls).toBe(1);
  });

  test("a 429 holds its own key: a send to another key goes at once, one to the same key waits", async () => {
    const sleeps = new TestSleeps(1000);
    const t = { ...tools().tools, sleep: sleeps.sleep, holds: createChannelHolds(sleeps.sleep) };
    const busy = flaky([rateLimited(20_000)]);
    const first = sendWithRetries(busy.send, { ...once, holdKey: "C-BUSY" }, t);
    await sleeps.waitForPending(20_000);

    await expect(
      sendWithRetries(async () => "quiet", { ...once, holdKey: "C-QUIET" }, t),
    ).resolves.toBe("quiet");
    let secondSent = false;
    const second = sendWithRetries(
      async () => {
        secondSent = true;
        return "second";
      },
      { ...once, holdKey: "C-BUSY" },
      t,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(secondSent).toBe(false);
    expect(t.holds.size).toBe(1);

    sleeps.releaseAll();
    await expect(Promise.all([first, second])).resolves.toEqual(["sent", "second"]);
    expect(t.holds.size).toBe(0);
  });

  test("a refusal (4xx) is not sent again", async () => {
    const target = flaky([new ResponseUrlError(404, undefined, "expired_url")]);
    await expect(sendWithRetries(target.send, repeatable, tools().tools)).rejects.toThrow("404");
    expect(target.calls).toBe(1);
  });
});
