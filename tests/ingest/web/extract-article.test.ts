import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { readWebFixtures } from "../../../src/cli/eval/web-fixtures.js";
import { extractArticle, NotAnArticleError } from "../../../src/ingest/web/index.js";

const BASE = "https://fixtures.example";
const fixtures = readWebFixtures();
const articles = fixtures.flatMap((f) => ("refused" in f ? [] : [f]));
const html = (name: string) => readFileSync(`tests/fixtures/web/${name}.html`, "utf8");
/** The clean text's paragraphs: everything after its headline line. */
const cleanParagraphs = (file: string) =>
  readFileSync(file, "utf8")
    .trim()
    .split(/\n\s*\n/)
    .slice(1)
    .map((p) => p.trim());

describe("extractArticle on the fixture pages", () => {
  test("covers the six page shapes", () => {
    expect(fixtures.map((f) => f.name).sort()).toEqual(
      [
        "byline-in-body",
        "heavy-navigation",
        "jsonld-date",
        "not-an-article",
        "paywall-teaser",
        "plain-news",
      ].sort(),
    );
  });

  test.each(articles.map((f) => [f.name, f] as const))(
    "%s: keeps every paragraph of the body, in order, and adds no boilerplate paragraph",
    (name, fixture) => {
      const page = extractArticle(html(name), `${BASE}/pages/${name}.html`);
      expect(page.paragraphs).toEqual(cleanParagraphs(fixture.clean));
    },
  );

  test.each(articles.map((f) => [f.name, f] as const))(
    "%s: reads headline, byline, date, site name and canonical URL",
    (name, fixture) => {
      const page = extractArticle(html(name), `${BASE}/pages/${name}.html`);
      expect({
        title: page.title,
        byline: page.byline,
        published: page.published,
        source: page.siteName,
        url: page.url,
        paywalled: page.paywalled,
      }).toEqual({
        paywalled: false,
        ...fixture.expect,
        url: fixture.expect.url.replaceAll("{{BASE}}", BASE),
      });
    },
  );

  test("refuses a section front: it is not an article", () => {
    expect(() => extractArticle(html("not-an-article"))).toThrow(NotAnArticleError);
  });

  test("refuses a list of story links even when the page does not call itself a list", () => {
    const unmarked = html("not-an-article").replace(
      /<script type="application\/ld\+json">.*?<\/script>/s,
      "",
    );
    expect(unmarked).not.toContain("CollectionPage");
    expect(() => extractArticle(unmarked)).toThrow(
      /words of article text|not marked as an article/,
    );
  });

  test("never reads the part a paywall marks as paid, even when it is in the page", () => {
    const page = extractArticle(html("paywall-teaser"));
    expect(page.paywalled).toBe(true);
    const text = page.paragraphs.join("\n");
    expect(text).not.toContain("30,000 dollars");
    expect(text).not.toContain("Kisumu");
    expect(text).not.toMatch(/subscribe/i);
  });

  test("says what it dropped and why", () => {
    const page = extractArticle(html("byline-in-body"));
    expect(page.dropped.map((d) => d.why)).toEqual(["byline", "dateline", "credit"]);
    const heavy = extractArticle(html("heavy-navigation"));
    expect(heavy.dropped).toContainEqual({
      text: "“We were never against clean energy. We were against being ignored.”",
      why: "repeats another paragraph",
    });
  });
});

describe("extractArticle on small pages", () => {
  const body = [
    "By Friday the port had reopened and the first ships were being unloaded at the container terminal.",
    "Officials said 14 ships had waited off the coast for more than a week while the talks went on.",
    "By 2030, the city wants to double the number of cranes, the port authority's director said on Monday.",
  ];
  const page = (head: string, paragraphs = body) =>
    `<html><head>${head}</head><body><article><h1>Port reopens</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;

  test("keeps sentences that start with By", () => {
    expect(extractArticle(page('<meta property="og:type" content="article">')).paragraphs).toEqual(
      body,
    );
  });

  test("takes the title from <title> without the site's name when no metadata gives one", () => {
    const extracted = extractArticle(
      page(
        '<title>Port reopens after strike | Harbour News</title><meta property="og:site_name" content="Harbour News">',
      ),
    );
    expect(extracted.title).toBe("Port reopens after strike");
    expect(extracted.siteName).toBe("Harbour News");
  });

  test("reads a fragment without <html>", () => {
    const fragment = body.map((p) => `<p>${p}</p>`).join("\n");
    expect(extractArticle(`<article>${fragment}</article>`).paragraphs).toEqual(body);
  });

  test("refuses a page with too few words of text", () => {
    expect(() => extractArticle(page("", ["Short note."]))).toThrow(NotAnArticleError);
  });
});
