import { parseArgs } from "node:util";
import { ConfigError, loadFetchConfig } from "../../config/load-config.js";
import type { IngestIo } from "./ingest-io.js";

export type { IngestIo } from "./ingest-io.js";

export const USAGE = `Usage: npm run ingest -- <file, folder or URL> [--title T] [--source S] [--date YYYY-MM-DD] [--data DIR] [--force]
       npm run ingest -- --feed <feed URL> [--data DIR]

Reads news articles and writes each one's knowledge to DIR/<article-id>/ (default: $KB_DIR or data/):
plain text (.txt), Markdown (.md) or a saved web page (.html), a folder of them, or a web page by
its http(s) address. --feed reads an RSS or Atom feed and ingests every item not ingested before.
  --feed URL   an RSS 2.0 or Atom feed; items already ingested (by GUID or URL) are skipped
  --title T    the article's title (one article only); otherwise its headline or a generated one
  --source S   the publication; otherwise the page's site name, or the one the text names
  --date D     publication date, YYYY-MM-DD
  --data DIR   the knowledge directory
  --force      replace an ingested article with the same id, or fetch a known URL again
               (curated articles are never replaced)
Fetching obeys FETCH_ALLOW_HOSTS, FETCH_TIMEOUT_SECONDS and FETCH_MAX_MB (docs/web-ingest.md).`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Runs `npm run ingest`; returns the exit code (0 ok, 1 bad input or a failed fetch, 2 bad
 * usage). The NLP pipeline loads only for what is asked: a feed with nothing new stays fast.
 */
export async function runIngest(
  argv: string[],
  env: Record<string, string | undefined>,
  io: IngestIo,
): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const feed = values.feed;
  const target = positionals[0];
  if ((feed === undefined) === (positionals.length !== 1 || !target)) {
    io.err(`Give one file, folder or URL to ingest, or --feed URL.\n\n${USAGE}`);
    return 2;
  }
  if (values.date !== undefined && !isDate(values.date)) {
    io.err(`--date must be a date written YYYY-MM-DD, not "${values.date}".`);
    return 2;
  }
  if (feed !== undefined && (values.title || values.source || values.date)) {
    io.err(`--title, --source and --date name one article; a feed has many.\n\n${USAGE}`);
    return 2;
  }
  const dataDir = values.data ?? (env["KB_DIR"]?.trim() || "data");
  const options = {
    ...(values.title !== undefined ? { title: values.title } : {}),
    ...(values.source !== undefined ? { source: values.source } : {}),
    ...(values.date !== undefined ? { date: values.date } : {}),
    force: values.force ?? false,
  };

  if (feed === undefined && target && !/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    const { ingestFiles } = await import("./ingest-files.js");
    return await ingestFiles(target, dataDir, options, io);
  }
  let fetch: ReturnType<typeof loadFetchConfig>;
  try {
    fetch = loadFetchConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
  const web = await import("./ingest-web.js");
  return feed !== undefined
    ? web.ingestFeedCommand(feed, dataDir, fetch, io)
    : web.ingestUrlCommand(target as string, dataDir, fetch, options, io);
}

function isDate(value: string): boolean {
  return (
    DATE.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
  );
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      feed: { type: "string" },
      title: { type: "string" },
      source: { type: "string" },
      date: { type: "string" },
      data: { type: "string" },
      force: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}
