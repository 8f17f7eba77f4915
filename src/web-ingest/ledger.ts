import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";
import { IdSchema } from "../core/knowledge/schema.js";

/**
 * `web-ledger.json` in the knowledge folder: every web address, feed GUID and canonical URL
 * already read, and the article it became (or why it was refused), so feeds are cheap to read
 * again and nothing is ingested twice. The loader reads only article folders, so it ignores
 * this file; deleting an article's folder makes its addresses new again.
 */
export const LEDGER_FILE = "web-ledger.json";

/** The ledger and the temporary copies `writeLedger` renames over it (`web-ledger.json.<pid>-<ms>.tmp`). */
const LEDGER_NAMES = /^web-ledger\.json(?:\.\d+-\d+\.tmp)?$/;

/** Whether a name in the data directory is the ledger or one of its temporary copies. */
export function isLedgerFile(name: string): boolean {
  return LEDGER_NAMES.test(name);
}

const EntrySchema = z.strictObject({
  /** The article folder it became; absent when it was refused. */
  article: IdSchema.optional(),
  /** Addresses that lead to it: the one asked for, the one redirected to, the canonical one. */
  urls: z.array(z.string().min(1)).min(1),
  guid: z.string().min(1).optional(),
  /** The feed it came from. */
  feed: z.string().min(1).optional(),
  /** Why it was not ingested (not an article, wrong type…): a feed will not fetch it again. */
  refused: z.string().min(1).optional(),
  at: z.iso.datetime(),
});
export type LedgerEntry = z.infer<typeof EntrySchema>;

const LedgerSchema = z.strictObject({
  version: z.literal(1),
  entries: z.array(EntrySchema),
});

export class LedgerError extends Error {
  override name = "LedgerError";
}

/** Tracking parameters and fragments do not make another article. */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid)$/i;

/**
 * A URL in the form used to recognise it again: host lower case, default port, fragment and
 * tracking parameters (utm_*, fbclid…) dropped.
 *
 * @example comparableUrl("HTTPS://News.example:443/a?utm_source=rss#top") // "https://news.example/a"
 */
export function comparableUrl(input: string): string {
  try {
    const url = new URL(input);
    url.hash = "";
    for (const key of [...url.searchParams.keys()])
      if (TRACKING.test(key)) url.searchParams.delete(key);
    url.search = url.searchParams.toString() ? `?${url.searchParams.toString()}` : "";
    return url.href;
  } catch {
    return input.trim();
  }
}

export interface Ledger {
  /** The entry for a URL or GUID, if one was recorded and its article (if any) still exists. */
  find(key: { url?: string; guid?: string }): LedgerEntry | undefined;
  /** Adds an entry (or merges it into the one for the same article) and saves the file. */
  record(entry: Omit<LedgerEntry, "at">, now?: Date): void;
}

/**
 * Reads `DIR/web-ledger.json` (absent means empty); a broken file is an error naming entry and
 * field. Each `record` reads the file again before adding, so another process's entries
 * (`npm run ingest` beside a running bot) are kept.
 */
export function openLedger(dataDir: string): Ledger {
  const file = join(dataDir, LEDGER_FILE);
  const load = () => (existsSync(file) ? readLedger(file) : []);
  const articleExists = (id: string) => existsSync(join(dataDir, id, "article.json"));
  const live = (e: LedgerEntry) => e.article === undefined || articleExists(e.article);

  const byUrl = new Map<string, LedgerEntry>();
  const byGuid = new Map<string, LedgerEntry>();
  const index = (list: LedgerEntry[]) => {
    byUrl.clear();
    byGuid.clear();
    for (const e of list) {
      for (const u of e.urls) byUrl.set(comparableUrl(u), e);
      if (e.guid) byGuid.set(e.guid, e);
    }
  };
  index(load());

  return {
    find({ url, guid }) {
      const found =
        (guid ? byGuid.get(guid) : undefined) ?? (url ? byUrl.get(comparableUrl(url)) : undefined);
      return found && live(found) ? found : undefined;
    },
    record(entry, now = new Date()) {
      const entries = load();
      const urls = [...new Set(entry.urls.map(comparableUrl))];
      const same = entry.article ? entries.find((e) => e.article === entry.article) : undefined;
      if (same) {
        same.urls = [...new Set([...same.urls, ...urls])];
        if (entry.guid && !same.guid) same.guid = entry.guid;
        same.at = now.toISOString();
      } else {
        entries.push({ ...entry, urls, at: now.toISOString() });
      }
      writeLedger(file, entries);
      index(entries);
    },
  };
}

function readLedger(file: string): LedgerEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new LedgerError(
      `${file}: not valid JSON (${(error as Error).message}). Fix or delete it.`,
    );
  }
  const parsed = LedgerSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const [where, n, ...field] = i.path;
      const entry = where === "entries" && typeof n === "number" ? `entry ${n} ` : "";
      const name = (entry ? field : i.path).join(".");
      return `  - ${file}: ${entry}field "${name}": ${i.message}`;
    });
    throw new LedgerError(`Invalid ledger of web articles:\n${lines.join("\n")}`);
  }
  return parsed.data.entries;
}

/** Written beside and renamed over, so a reader never sees half a file. */
function writeLedger(file: string, entries: LedgerEntry[]): void {
  const temp = `${file}.${process.pid}-${Date.now()}.tmp`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(temp, `${JSON.stringify({ version: 1, entries }, null, 2)}\n`);
  renameSync(temp, file);
}
