import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { startFeedPoller } from "../../src/web-ingest/feed-poller.js";
import { startWebIngestSetup, type WebIngestSetup } from "./web-ingest-setup.js";

let web: WebIngestSetup;
beforeEach(async () => {
  web = await startWebIngestSetup();
});
afterEach(async () => {
  await web?.close();
});

describe("the feed poller", { timeout: 60_000 }, () => {
  test("reads every feed; one that fails is reported and the others go on; new articles are answered", async () => {
    let reloads = 0;
    const poller = startFeedPoller({
      feeds: [
        `${web.server.base}/status/500`,
        `${web.server.base}/feeds/atom.xml`,
        `${web.server.base}/pages/plain-news.html`,
      ],
      intervalMs: 60 * 60_000,
      ingester: web.ingester,
      onAdded: () => {
        reloads++;
        web.store.reload();
      },
      logger: web.logger,
    });
    const outcomes = await poller.pollNow();
    await poller.stop();
    expect(outcomes.map((o) => o.ok)).toEqual([false, true, false]);
    expect(reloads).toBe(1);
    const warnings = web.logger.lines.filter(
      (l) => l["message"] === "feed failed; trying again at the next poll",
    );
    expect(warnings.map((w) => w["feed"])).toEqual([
      `${web.server.base}/status/500`,
      `${web.server.base}/pages/plain-news.html`,
    ]);
    expect(String(warnings[1]?.["error"])).toMatch(/is a web page, not an RSS or Atom feed/);
    expect(web.store.engine.answer("how many beds does the wing have").short).toBe("64 beds");
  });

  test("polls again after the interval, without overlapping, and a second poll adds nothing", async () => {
    let reloads = 0;
    const poller = startFeedPoller({
      feeds: [`${web.server.base}/feeds/rss.xml`],
      intervalMs: 200,
      ingester: web.ingester,
      onAdded: () => reloads++,
      logger: web.logger,
    });
    const reads = () => web.logger.lines.filter((l) => l["message"] === "feed read");
    for (let i = 0; i < 100 && reads().length < 3; i++)
      await new Promise((r) => setTimeout(r, 100));
    await poller.stop();
    expect(reads().length).toBeGreaterThanOrEqual(3);
    expect(
      reads()
        .map((r) => r["added"])
        .slice(0, 3),
    ).toEqual([2, 0, 0]);
    expect(reloads).toBe(1);
    const feedFetches = web.server.requests.filter((r) => r.path === "/feeds/rss.xml").length;
    await new Promise((r) => setTimeout(r, 400));
    expect(web.server.requests.filter((r) => r.path === "/feeds/rss.xml").length).toBe(feedFetches);
  });
});
