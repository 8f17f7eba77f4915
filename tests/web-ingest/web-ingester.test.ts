import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import {
  comparableUrl,
  LEDGER_FILE,
  LedgerError,
  openLedger,
} from "../../src/web-ingest/ledger.js";
import { startWebIngestSetup, type WebIngestSetup } from "./web-ingest-setup.js";

let web: WebIngestSetup;
beforeEach(async () => {
  web = await startWebIngestSetup();
});
afterEach(async () => {
  await web?.close();
});

const rss = (items: { title: string; link: string; guid?: string }[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title>${items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${i.link}</link>${i.guid ? `<guid isPermaLink="false">${i.guid}</guid>` : ""}</item>`,
    )
    .join("")}</channel></rss>`;

describe("the web ingester", { timeout: 60_000 }, () => {
  test("two chat users adding the same page at once get one article", async () => {
    const url = `${web.server.base}/pages/plain-news.html`;
    const [a, b] = await Promise.all([web.ingester.addUrl(url), web.ingester.addUrl(url)]);
    expect([a.status, b.status].sort()).toEqual(["added", "known"]);
    expect(web.folders()).toEqual([
      "cambodia-korea-busan-summit",
      "record-field-of-18-500-runners-for-gdansk",
    ]);
  });

  test("different pages added at once are all written, and the ledger holds each", async () => {
    const pages = ["plain-news", "heavy-navigation", "jsonld-date"].map(
      (p) => `${web.server.base}/pages/${p}.html`,
    );
    const outcomes = await Promise.all(pages.map((p) => web.ingester.addUrl(p)));
    expect(outcomes.map((o) => o.status)).toEqual(["added", "added", "added"]);
    const ledger = openLedger(web.dataDir);
    for (const page of pages) expect(ledger.find({ url: page })?.article).toBeDefined();
  });

  test("a feed item that is not an article is remembered and not fetched again; a failure is tried again", async () => {
    web.server.feeds.set(
      "/feeds/mixed.xml",
      rss([
        { title: "Section", link: `${web.server.base}/pages/not-an-article.html`, guid: "section" },
        { title: "Down", link: `${web.server.base}/status/503`, guid: "down" },
        { title: "Story", link: `${web.server.base}/pages/byline-in-body.html`, guid: "story" },
      ]),
    );
    const feed = `${web.server.base}/feeds/mixed.xml`;
    const first = await web.ingester.addFeed(feed);
    if (!first.ok) throw new Error(first.message);
    expect(first.items.map((i) => i.outcome.status)).toEqual(["refused", "refused", "added"]);
    const fetched = (path: string) => web.server.requests.filter((r) => r.path === path).length;
    const before = { section: fetched("/pages/not-an-article.html"), down: fetched("/status/503") };
    const second = await web.ingester.addFeed(feed);
    if (!second.ok) throw new Error(second.message);
    expect(second.items.map((i) => i.outcome.status)).toEqual(["skipped", "refused", "known"]);
    expect(fetched("/pages/not-an-article.html")).toBe(before.section);
    expect(fetched("/status/503")).toBe(before.down + 1);
  });

  test("an article whose folder was deleted is new again", async () => {
    const url = `${web.server.base}/pages/paywall-teaser.html`;
    const added = await web.ingester.addUrl(url);
    if (added.status !== "added") throw new Error(added.status);
    await import("node:fs").then((fs) => fs.rmSync(added.article.folder, { recursive: true }));
    expect((await web.ingester.addUrl(url)).status).toBe("added");
  });

  test("a broken ledger is an error naming the file, entry and field, and is not overwritten", async () => {
    const file = join(web.dataDir, LEDGER_FILE);
    writeFileSync(file, JSON.stringify({ version: 1, entries: [{ urls: [], at: "yesterday" }] }));
    expect(() => openLedger(web.dataDir)).toThrow(LedgerError);
    expect(() => openLedger(web.dataDir)).toThrow(/web-ledger\.json: entry 0 field "urls"/);
    await expect(web.ingester.addUrl(`${web.server.base}/pages/plain-news.html`)).rejects.toThrow(
      LedgerError,
    );
    expect(JSON.parse(readFileSync(file, "utf8")).entries[0].at).toBe("yesterday");
  });
});

describe("comparableUrl", () => {
  test.each([
    ["HTTPS://News.Example:443/a?utm_source=rss&id=4#top", "https://news.example/a?id=4"],
    ["http://news.example/a?fbclid=xyz", "http://news.example/a"],
    ["http://news.example:8080/a", "http://news.example:8080/a"],
  ])("%s → %s", (input, expected) => {
    expect(comparableUrl(input)).toBe(expected);
  });
});
