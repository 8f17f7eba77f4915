import type { FetchConfig } from "../../config/load-config.js";
import { fetchSettings } from "../../fetch/index.js";
import { createWebIngester, type StoredArticle } from "../../web-ingest/web-ingester.js";
import type { FileOptions } from "./ingest-files.js";
import type { IngestIo } from "./ingest-io.js";

const counts = (a: StoredArticle) =>
  `${a.paragraphs} paragraphs, ${a.facts} facts, ${a.quotes} quotes`;

/** `npm run ingest -- https://…`: one web page. */
export async function ingestUrlCommand(
  url: string,
  dataDir: string,
  fetch: FetchConfig,
  options: FileOptions,
  io: IngestIo,
): Promise<number> {
  const ingester = createWebIngester(dataDir, fetchSettings(fetch));
  const outcome = await ingester.addUrl(url, {
    force: options.force ?? false,
    overrides: {
      ...(options.title ? { title: options.title } : {}),
      ...(options.source ? { source: options.source } : {}),
      ...(options.date ? { published: options.date } : {}),
    },
  });
  switch (outcome.status) {
    case "added": {
      const a = outcome.article;
      io.out(
        `Ingested ${url} → ${a.folder}/ (${counts(a)}): "${a.title}" (${a.source}${a.url ? `, ${a.url}` : ""})`,
      );
      for (const note of outcome.notes) io.out(`  ${note}`);
      return 0;
    }
    case "known":
      io.out(
        `Already ingested: ${url} is "${outcome.article.title}" in ${outcome.article.folder}/ (${counts(outcome.article)}). Pass --force to fetch it again.`,
      );
      return 0;
    case "refused":
      io.err(outcome.message);
      return 1;
  }
}

/** `npm run ingest -- --feed https://…`: every new item of an RSS or Atom feed. */
export async function ingestFeedCommand(
  feedUrl: string,
  dataDir: string,
  fetch: FetchConfig,
  io: IngestIo,
): Promise<number> {
  const started = Date.now();
  const ingester = createWebIngester(dataDir, fetchSettings(fetch));
  const result = await ingester.addFeed(feedUrl);
  if (!result.ok) {
    io.err(result.message);
    return 1;
  }
  const tally = { added: 0, known: 0, refused: 0, failed: 0, skipped: 0 };
  for (const { entry, outcome } of result.items) {
    const what = entry.title ? `"${entry.title}"` : (entry.url ?? entry.guid ?? "an item");
    switch (outcome.status) {
      case "added":
        tally.added++;
        io.out(
          `+ ${outcome.article.title} → ${outcome.article.folder}/ (${counts(outcome.article)})`,
        );
        for (const note of outcome.notes) io.out(`    ${note}`);
        break;
      case "known":
        tally.known++;
        break;
      case "skipped":
        tally.skipped++;
        break;
      case "refused":
        if (outcome.transient) tally.failed++;
        else tally.refused++;
        io.err(`${outcome.transient ? "! will retry" : "- refused"} ${what}: ${outcome.message}`);
        break;
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.out(
    `Feed ${feedUrl}${result.title ? ` ("${result.title}")` : ""}: ${result.items.length} items, ${tally.added} new, ${tally.known} already ingested, ${tally.skipped} skipped before, ${tally.refused} refused, ${tally.failed} failed (tried again next run); ${seconds} s.`,
  );
  return tally.failed > 0 ? 1 : 0;
}
