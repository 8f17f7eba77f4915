import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { FeedParseError, parseFeedText } from "../../../src/ingest/web/index.js";

const BASE = "https://fixtures.example";
const feed = (name: string) =>
  readFileSync(`tests/fixtures/web/${name}`, "utf8").replaceAll("{{BASE}}", BASE);

describe("parseFeedText", () => {
  test("RSS 2.0: GUIDs, links, titles and dates", () => {
    const parsed = parseFeedText(feed("feed.rss.xml"), `${BASE}/feeds/rss.xml`);
    expect(parsed.title).toBe("Pomerania Today and friends: latest");
    expect(parsed.entries[0]).toEqual({
      guid: "pomerania-today-48213",
      url: `${BASE}/pages/plain-news.html?utm_source=rss&utm_medium=feed`,
      title: "Record field of 18,500 runners for Gdansk Marathon",
      published: "2025-10-02",
    });
    expect(parsed.entries).toHaveLength(3);
  });

  test("Atom: entry ids, alternate links, published or updated dates", () => {
    const parsed = parseFeedText(feed("feed.atom.xml"), `${BASE}/feeds/atom.xml`);
    expect(parsed.entries.map((e) => e.guid)).toEqual([
      "tag:pennine-post.example,2025-05-16:/health/cancer-wing",
      "tag:pacific-coast-herald.example,2025-03-14:valparaiso-strike",
      "tag:business-daily.example,2025-09-23:coldhub",
    ]);
    expect(parsed.entries[1]?.published).toBe("2025-03-14");
    expect(parsed.entries[2]?.url).toBe(`${BASE}/pages/paywall-teaser.html`);
  });

  test("resolves relative item links against the feed's address", () => {
    const xml =
      '<rss version="2.0"><channel><title>T</title><item><title>A</title><link>/news/a</link></item></channel></rss>';
    expect(parseFeedText(xml, "https://news.example/rss").entries[0]?.url).toBe(
      "https://news.example/news/a",
    );
  });

  test("a web page is not a feed", () => {
    expect(() => parseFeedText("<html><body><p>Hello</p></body></html>")).toThrow(FeedParseError);
  });
});
