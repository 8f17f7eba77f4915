import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSyntheticCorpus } from "../../bench/build-corpus.js";
import type { ArticleKnowledge } from "../../core/index.js";
import { fetchSettings } from "../../fetch/index.js";
import { createWebIngester, type FeedOutcome } from "../../web-ingest/web-ingester.js";

/** One run of the feed: how long it took and what came of its items. */
export interface FeedRun {
  seconds: number;
  added: number;
  known: number;
  other: number;
}

export interface FeedBenchResult {
  items: number;
  first: FeedRun;
  second: FeedRun;
  /** The second run as a user meets it: `npm run ingest -- --feed URL` in a fresh process. */
  secondAsCommand?: { seconds: number; exitCode: number | null };
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

/** A news page around an article, with the furniture real pages have (menus, share bar, related links). */
export function articlePage(k: ArticleKnowledge, url: string): string {
  const body = k.article.paragraphs.map((p) => `<p>${escapeHtml(p.text)}</p>`).join("\n");
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(k.article.title)} | ${escapeHtml(k.article.source)}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="${escapeHtml(k.article.source)}">
<meta property="og:title" content="${escapeHtml(k.article.title)}">
<meta property="article:published_time" content="2025-06-10T08:00:00Z">
<link rel="canonical" href="${url}"></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>${escapeHtml(k.article.title)}</h1><p class="byline">By Bench Reporter</p>
<div class="share"><a href="#">Share on X</a> <a href="#">Share on Facebook</a></div>
${body}
<aside class="newsletter"><p>Sign up for our daily briefing.</p></aside></article>
<section class="related"><h2>Related</h2><ul><li><a href="/a">Another story about trade</a></li><li><a href="/b">Markets close higher</a></li></ul></section></main>
<footer><p>© 2025 ${escapeHtml(k.article.source)}</p></footer></body></html>`;
}

/** A feed of `n` generated articles served on 127.0.0.1, with their pages. */
async function serveFeed(n: number): Promise<{ server: Server; feedUrl: string }> {
  const corpus = buildSyntheticCorpus(n);
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/feed.xml") {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const items = corpus
        .map(
          (k, i) =>
            `<item><title>${escapeHtml(k.article.title)}</title><link>${base}/article/${i}</link><guid isPermaLink="false">bench-${i}</guid></item>`,
        )
        .join("\n");
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench feed</title>${items}</channel></rss>`,
      );
      return;
    }
    const page = pages.get(path);
    if (page) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(page);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  corpus.forEach((k, i) => {
    pages.set(`/article/${i}`, articlePage(k, `${base}/article/${i}`));
  });
  return { server, feedUrl: `${base}/feed.xml` };
}

function tally(outcome: FeedOutcome, seconds: number): FeedRun {
  if (!outcome.ok) throw new Error(outcome.message);
  const statuses = outcome.items.map((i) => i.outcome.status);
  const added = statuses.filter((s) => s === "added").length;
  const known = statuses.filter((s) => s === "known").length;
  return { seconds, added, known, other: statuses.length - added - known };
}

/**
 * Ingests a locally served feed of `n` items into a fresh folder twice: the first run fetches,
 * extracts and ingests every item; the second finds them all in the ledger. With `command`,
 * the second run is also timed as `npm run ingest -- --feed` in a new process.
 */
export async function benchFeed(n: number, command = true): Promise<FeedBenchResult> {
  const { server, feedUrl } = await serveFeed(n);
  const dataDir = mkdtempSync(join(tmpdir(), "feed-bench-"));
  try {
    const ingester = createWebIngester(dataDir, fetchSettings({ allowHosts: ["127.0.0.1"] }));
    let started = performance.now();
    const first = tally(await ingester.addFeed(feedUrl), (performance.now() - started) / 1000);
    started = performance.now();
    const second = tally(await ingester.addFeed(feedUrl), (performance.now() - started) / 1000);
    const result: FeedBenchResult = { items: n, first, second };
    if (command) {
      const entry = fileURLToPath(new URL("../ingest.ts", import.meta.url));
      started = performance.now();
      // The server answers from this process, so the command must run while it waits.
      const child = await runAsync(
        process.execPath,
        ["--import", "tsx", entry, "--feed", feedUrl, "--data", dataDir],
        {
          ...process.env,
          FETCH_ALLOW_HOSTS: "127.0.0.1",
        },
      );
      result.secondAsCommand = { seconds: (performance.now() - started) / 1000, exitCode: child };
    }
    return result;
  } finally {
    server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Runs a command without blocking this process (its server must keep answering). */
function runAsync(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: "ignore" });
    child.on("close", (code) => resolve(code));
  });
}
