import { describe, expect, test } from "vitest";
import { parseHtml } from "../../../src/ingest/web/dom.js";
import { toIsoDate } from "../../../src/ingest/web/iso-date.js";
import { readPageMetadata } from "../../../src/ingest/web/read-metadata.js";

const read = (head: string, body = "", url = "https://news.example/world/story") =>
  readPageMetadata(parseHtml(`<html><head>${head}</head><body>${body}</body></html>`), url);
const ld = (json: unknown) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

describe("readPageMetadata", () => {
  test("JSON-LD NewsArticle gives headline, authors, date, publisher and URL", () => {
    const meta = read(
      ld({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        headline: "Port reopens",
        author: [
          { "@type": "Person", name: "Ana Silva" },
          { "@type": "Person", name: "Rui Lopes" },
        ],
        datePublished: "2025-03-14T23:30:00-05:00",
        publisher: { "@type": "Organization", name: "Harbour News" },
        url: "https://news.example/port-reopens",
      }),
    );
    expect(meta).toMatchObject({
      headline: "Port reopens",
      byline: "Ana Silva and Rui Lopes",
      published: "2025-03-14",
      siteName: "Harbour News",
      canonicalUrl: "https://news.example/port-reopens",
      declaresArticle: true,
    });
  });

  test("follows @graph and @id references, and skips a broken JSON-LD script", () => {
    const meta = read(
      `<script type="application/ld+json">{ broken</script>${ld({
        "@graph": [
          { "@type": "Organization", "@id": "#org", name: "The Pennine Post" },
          { "@type": "Person", "@id": "#grace", name: "Grace Whitaker" },
          {
            "@type": ["ReportageNewsArticle"],
            author: { "@id": "#grace" },
            publisher: { "@id": "#org" },
            datePublished: "2025-05-16",
          },
        ],
      })}`,
    );
    expect(meta).toMatchObject({
      byline: "Grace Whitaker",
      siteName: "The Pennine Post",
      published: "2025-05-16",
    });
  });

  test("meta tags when there is no JSON-LD; an author given as a URL is no byline", () => {
    const meta = read(
      [
        '<meta property="og:title" content="Port reopens">',
        '<meta property="og:site_name" content="Harbour News">',
        '<meta name="author" content="https://news.example/staff/ana">',
        '<meta property="article:author" content="Ana Silva">',
        '<meta property="article:published_time" content="2025-03-14T10:00:00Z">',
      ].join(""),
    );
    expect(meta).toMatchObject({
      headline: "Port reopens",
      siteName: "Harbour News",
      byline: "Ana Silva",
      published: "2025-03-14",
    });
  });

  test("a byline element in the page when no metadata names the writer", () => {
    expect(read("", '<span class="byline">By <a rel="author">Rita Costa</a></span>').byline).toBe(
      "Rita Costa",
    );
  });

  test("resolves a relative canonical link and keeps only http(s) addresses", () => {
    expect(read('<link rel="canonical" href="/world/port#top">').canonicalUrl).toBe(
      "https://news.example/world/port",
    );
    expect(read('<link rel="canonical" href="javascript:void(0)">').canonicalUrl).toBeUndefined();
    const noBase = parseHtml('<html><head><link rel="canonical" href="/a"></head></html>');
    expect(readPageMetadata(noBase).canonicalUrl).toBeUndefined();
  });

  test("a paywall: isAccessibleForFree false, with the selectors of the paid part", () => {
    const meta = read(
      ld({
        "@type": "NewsArticle",
        isAccessibleForFree: "False",
        hasPart: [{ "@type": "WebPageElement", isAccessibleForFree: false, cssSelector: ".paid" }],
      }),
    );
    expect(meta.paywalled).toBe(true);
    expect(meta.paidSelectors).toEqual([".paid"]);
  });

  test("a listing page says so", () => {
    expect(read(ld({ "@type": "CollectionPage", name: "World" })).declaresListing).toBe(true);
  });
});

describe("toIsoDate", () => {
  test.each([
    ["2025-10-02T14:05:00+02:00", "2025-10-02"],
    ["2025-05-16T23:30:00-05:00", "2025-05-16"],
    ["2025-03-14", "2025-03-14"],
    ["Thu, 02 Oct 2025 12:05:00 GMT", "2025-10-02"],
    ["2025-02-30", undefined],
    ["0001-01-01T00:00:00Z", undefined],
    ["yesterday", undefined],
    ["", undefined],
  ])("%s → %s", (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });
});
