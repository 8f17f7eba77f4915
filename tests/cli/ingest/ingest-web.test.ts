import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runIngest } from "../../../src/cli/ingest/run-ingest.js";
import { loadCorpus } from "../../../src/data/load-knowledge.js";
import { LEDGER_FILE } from "../../../src/web-ingest/ledger.js";
import { type FixtureWebServer, startFixtureWebServer } from "../../fetch/fixture-web-server.js";

const temp = mkdtempSync(join(tmpdir(), "ingest-web-"));
let server: FixtureWebServer;
beforeAll(async () => {
  server = await startFixtureWebServer();
});
afterAll(async () => {
  await server?.close();
  rmSync(temp, { recursive: true, force: true });
});

let n = 0;
const freshDir = () => join(temp, `data-${n++}`);
const ALLOW = { FETCH_ALLOW_HOSTS: "127.0.0.1" };

async function ingest(args: string[], env: Record<string, string> = ALLOW) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runIngest(args, env, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);
const articleJson = (dir: string, id: string) =>
  JSON.parse(readFileSync(join(dir, id, "article.json"), "utf8"));
const pageRequests = () => server.requests.filter((r) => r.path.startsWith("/pages/")).length;

describe("npm run ingest -- <URL>", { timeout: 60_000 }, () => {
  test("fetches the page, extracts the article and keeps its metadata and clean text", async () => {
    const data = freshDir();
    const run = await ingest([`${server.base}/pages/jsonld-date.html`, "--data", data]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    const id = "leeds-childrens-hospital-opens-new-cancer-wing";
    expect(run.out).toContain(`→ ${join(data, id)}/`);
    expect(articleJson(data, id)).toMatchObject({
      title: "Leeds children’s hospital opens new cancer wing",
      source: "The Pennine Post",
      byline: "Grace Whitaker",
      published: "2025-05-16",
      url: "https://pennine-post.example/health/leeds-childrens-hospital-cancer-wing",
      origin: "ingested",
    });
    expect(readFileSync(join(data, id, "article.txt"), "utf8")).toBe(
      readFileSync("tests/fixtures/articles/riverside-childrens-cancer-wing.txt", "utf8"),
    );
    expect(loadCorpus(data).map((k) => k.article.id)).toEqual([id]);
  });

  test("a known URL is not fetched again; --force fetches it again into the same folder", async () => {
    const data = freshDir();
    const url = `${server.base}/pages/plain-news.html`;
    expect((await ingest([url, "--data", data])).code).toBe(0);
    const before = pageRequests();
    const again = await ingest([`${url}#comments`, "--data", data]);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/^Already ingested: .* Pass --force to fetch it again\.$/);
    expect(pageRequests()).toBe(before);
    const forced = await ingest([
      url,
      "--data",
      data,
      "--force",
      "--title",
      "Gdansk Marathon record",
    ]);
    expect(forced.code).toBe(0);
    expect(pageRequests()).toBe(before + 1);
    expect(entries(data)).toEqual(["record-field-of-18-500-runners-for-gdansk", LEDGER_FILE]);
    expect(articleJson(data, "record-field-of-18-500-runners-for-gdansk").title).toBe(
      "Gdansk Marathon record",
    );
  });

  test("another article with the same title gets an id of its own", async () => {
    const data = freshDir();
    server.pages.set(
      "/copy/plain-news.html",
      readFileSync("tests/fixtures/web/plain-news.html", "utf8").replaceAll(
        "https://pomerania-today.example/sport/2025/10/02/gdansk-marathon-record-field",
        "https://other-paper.example/gdansk",
      ),
    );
    expect((await ingest([`${server.base}/pages/plain-news.html`, "--data", data])).code).toBe(0);
    expect((await ingest([`${server.base}/copy/plain-news.html`, "--data", data])).code).toBe(0);
    expect(entries(data)).toEqual([
      "record-field-of-18-500-runners-for-gdansk",
      "record-field-of-18-500-runners-for-gdansk-2",
      LEDGER_FILE,
    ]);
  });

  test.each([
    ["a loopback host without FETCH_ALLOW_HOSTS", "/pages/plain-news.html", {}, /loopback address/],
    [
      "a redirect to a private address",
      "/redirect/to?url=http%3A%2F%2F127.0.0.2%2Fsecret",
      ALLOW,
      /127\.0\.0\.2 is a loopback address/,
    ],
    [
      "a redirect to the metadata service",
      "/redirect/to?url=http%3A%2F%2F169.254.169.254%2F",
      ALLOW,
      /cloud metadata service/,
    ],
    ["too many redirects", "/redirect/chain/6", ALLOW, /more than 5 times/],
    ["an oversize page", "/oversize?mb=6", ALLOW, /larger than 5 MB/],
    ["an image", "/image.png", ALLOW, /not a web page or a feed/],
    [
      "a page that is not an article",
      "/pages/not-an-article.html",
      ALLOW,
      /does not look like a news article/,
    ],
    ["a feed given as a page", "/feeds/rss.xml", ALLOW, /is a feed, not an article page/],
    ["a server error", "/status/500", ALLOW, /answered 500/],
  ])("refuses %s with a message and writes nothing", async (_what, path, env, message) => {
    const data = freshDir();
    const run = await ingest(
      [`${server.base}${path}`, "--data", data],
      env as Record<string, string>,
    );
    expect(run.code).toBe(1);
    expect(run.err).toMatch(message);
    expect(entries(data)).toEqual([]);
  });

  test("a slow page, with FETCH_TIMEOUT_SECONDS", async () => {
    const data = freshDir();
    const run = await ingest([`${server.base}/slow?ms=3000`, "--data", data], {
      ...ALLOW,
      FETCH_TIMEOUT_SECONDS: "0.3",
    });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/no complete answer within 0\.3 s/);
    expect(entries(data)).toEqual([]);
  });

  test("a malformed FETCH_* variable is a usage error naming it", async () => {
    const run = await ingest([`${server.base}/pages/plain-news.html`, "--data", freshDir()], {
      FETCH_MAX_MB: "lots",
    });
    expect(run.code).toBe(2);
    expect(run.err).toContain("FETCH_MAX_MB");
  });
});

describe("npm run ingest -- page.html", { timeout: 60_000 }, () => {
  test("a saved page is read like a fetched one", async () => {
    const data = freshDir();
    const run = await ingest(["tests/fixtures/web/byline-in-body.html", "--data", data]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    const article = articleJson(data, "valparaiso-dockworkers-end-nine-day-strike-after");
    expect(article).toMatchObject({
      byline: "Camila Rojas",
      published: "2025-03-14",
      source: "Pacific Coast Herald",
    });
    expect(article.url).toBeUndefined(); // its canonical link is relative, and a file has no address
    expect(article.paragraphs[0].text).toMatch(/^Dockworkers at the port/);
  });

  test("a saved page that is not an article is refused", async () => {
    const data = freshDir();
    const run = await ingest(["tests/fixtures/web/not-an-article.html", "--data", data]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/not-an-article\.html: this page does not look like a news article/);
    expect(entries(data)).toEqual([]);
  });

  test("a Markdown byline becomes the byline, not paragraph 1", async () => {
    const data = freshDir();
    const file = join(temp, "story.md");
    writeFileSync(
      file,
      "# Tram line opens\n\n*By staff reporter*\n\nThe new tram line opened on Monday with 14 stops.\n\nRiders said it was quick.\n",
    );
    expect((await ingest([file, "--data", data])).code).toBe(0);
    const article = articleJson(data, "tram-line-opens");
    expect(article.byline).toBe("staff reporter");
    expect(article.paragraphs[0].text).toBe("The new tram line opened on Monday with 14 stops.");
  });
});

describe("npm run ingest -- --feed URL", { timeout: 120_000 }, () => {
  test("ingests each new item, refuses what is not an article, and a second run fetches no page", async () => {
    const data = freshDir();
    const first = await ingest(["--feed", `${server.base}/feeds/rss.xml`, "--data", data]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/3 items, 2 new, 0 already ingested, 0 skipped before, 1 refused/);
    expect(first.err).toMatch(/- refused "World news": .*does not look like a news article/);
    expect(entries(data)).toEqual([
      "porto-novo-offshore-wind-farm-approved-after",
      "record-field-of-18-500-runners-for-gdansk",
      LEDGER_FILE,
    ]);
    const ledger = JSON.parse(readFileSync(join(data, LEDGER_FILE), "utf8"));
    expect(ledger.entries.map((e: { guid?: string }) => e.guid)).toContain("pomerania-today-48213");

    const before = pageRequests();
    const second = await ingest(["--feed", `${server.base}/feeds/rss.xml`, "--data", data]);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/3 items, 0 new, 2 already ingested, 1 skipped before, 0 refused/);
    expect(pageRequests()).toBe(before);
  });

  test("Atom, with an item behind a redirect chain, beside articles ingested from RSS", async () => {
    const data = freshDir();
    const run = await ingest(["--feed", `${server.base}/feeds/atom.xml`, "--data", data]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/3 items, 3 new/);
    expect(run.out).toMatch(/only the free part \(3 paragraphs\) was read/);
    expect(loadCorpus(data)).toHaveLength(3);
  });

  test("an item whose page is already ingested by its canonical URL is not ingested twice", async () => {
    const data = freshDir();
    expect(
      (await ingest([`${server.base}/pages/heavy-navigation.html`, "--data", data])).code,
    ).toBe(0);
    const run = await ingest(["--feed", `${server.base}/feeds/rss.xml`, "--data", data]);
    expect(run.out).toMatch(/1 new, 1 already ingested/);
    expect(loadCorpus(data)).toHaveLength(2);
  });

  test.each([
    ["a feed that fails", "/status/503", /answered 503/],
    ["a page given as a feed", "/pages/plain-news.html", /is a web page, not an RSS or Atom feed/],
  ])("%s is reported, and nothing is written", async (_what, path, message) => {
    const data = freshDir();
    const run = await ingest(["--feed", `${server.base}${path}`, "--data", data]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(message);
    expect(entries(data)).toEqual([]);
  });

  test("--title makes no sense for a feed", async () => {
    const run = await ingest(["--feed", `${server.base}/feeds/rss.xml`, "--title", "X"]);
    expect(run.code).toBe(2);
  });
});
