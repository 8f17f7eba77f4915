import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ArticleIndex } from "../core/index/article-index.js";
import type { ArticleKnowledge } from "../core/index.js";
import { describeFsError } from "./scan-data-dir.js";

/** The stored index of an article, beside its knowledge files: `data/<article>/index.json`. */
export const STORED_INDEX_FILE = "index.json";

/**
 * Raise it whenever a stored index of the same files would come out different: a field added
 * to the index, another tokenizer, stemmer or span tagger, a schema default that changes the
 * loaded knowledge. A stored index of another format is never read (the article is built again
 * at start-up until `npm run index` rewrites it). tests/data/stored-index-format.test.ts holds a
 * fingerprint of a stored index and fails when its content changes and this does not.
 */
export const STORED_INDEX_FORMAT = 1;

/** What `index.json` holds. */
export interface StoredIndex {
  format: number;
  /** `readArticleFiles(folder).hash` of the files it was built from. */
  hash: string;
  /** The article's knowledge as loaded: validated, cross-checked, `curated/` laid over it. */
  knowledge: ArticleKnowledge;
  index: ArticleIndex;
}

/** Why a stored index was not used; the article is then validated and built again. */
export type StaleReason = "no stored index" | "unreadable" | "other format" | "files changed";

export type StoredIndexRead =
  | { ok: true; stored: StoredIndex }
  | { ok: false; reason: StaleReason; detail?: string };

/**
 * The stored index of `folder` when it was built from files with this `hash` by this format;
 * otherwise why not. A truncated, corrupt or foreign file is "unreadable", never an exception.
 */
export function readStoredIndex(folder: string, hash: string): StoredIndexRead {
  const path = join(folder, STORED_INDEX_FILE);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === "ENOENT") return { ok: false, reason: "no stored index" };
    return { ok: false, reason: "unreadable", detail: `${path}: ${describeFsError(e)}` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: "unreadable", detail: `${path}: ${(error as Error).message}` };
  }
  const problem = shapeProblem(value);
  if (problem) return { ok: false, reason: "unreadable", detail: `${path}: ${problem}` };
  const stored = value as StoredIndex;
  if (stored.format !== STORED_INDEX_FORMAT) return { ok: false, reason: "other format" };
  if (stored.hash !== hash) return { ok: false, reason: "files changed" };
  return { ok: true, stored };
}

/**
 * Writes `index.json` whole or not at all: into a hidden file first (the watcher and the loader
 * ignore hidden files), then renamed over the old one.
 */
export function writeStoredIndex(folder: string, stored: Omit<StoredIndex, "format">): void {
  const temp = join(folder, `.${STORED_INDEX_FILE}.${process.pid}-${Date.now()}.tmp`);
  try {
    writeFileSync(temp, JSON.stringify({ format: STORED_INDEX_FORMAT, ...stored }));
    renameSync(temp, join(folder, STORED_INDEX_FILE));
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * What is wrong with a parsed index.json, if anything: enough checks that a file cut short or
 * edited by hand is caught here rather than crashing the engine. The knowledge and index were
 * validated when written, and the hash ties them to the files.
 */
function shapeProblem(value: unknown): string | undefined {
  if (!isObject(value)) return "not a JSON object";
  if (typeof value["format"] !== "number" || typeof value["hash"] !== "string")
    return "no format or hash";
  const k = value["knowledge"];
  const index = value["index"];
  if (!isObject(k) || !isObject(k["article"]) || !isObject(index)) return "no knowledge or index";
  const lists = ["entities", "facts", "quotes"].map((key) => k[key]);
  const paragraphs = (k["article"] as Record<string, unknown>)["paragraphs"];
  if (!lists.every(Array.isArray) || !Array.isArray(paragraphs)) return "knowledge incomplete";
  const fields = ["docs", "sentences", "paragraphs", "entityKeys", "initialisms"];
  if (!fields.every((f) => Array.isArray(index[f]))) return "index incomplete";
  if (!isObject(index["df"]) || !isObject(index["words"]) || !isObject(index["averageLength"]))
    return "index incomplete";
  const spans = index["spans"];
  const sentences = index["sentences"] as unknown[];
  if (spans !== undefined && (!Array.isArray(spans) || spans.length !== sentences.length))
    return "spans do not match the sentences";
  if ((index["paragraphs"] as unknown[]).length !== paragraphs.length + 1)
    return "paragraphs do not match the article";
  if ((index["entityKeys"] as unknown[]).length !== (lists[0] as unknown[]).length)
    return "entities do not match the knowledge";
  if (!(index["docs"] as unknown[]).every(isDoc)) return "a doc is incomplete";
  if (!sentences.every(isSentence)) return "a sentence is incomplete";
  return undefined;
}

const isDoc = (d: unknown): boolean =>
  isObject(d) &&
  typeof d["kind"] === "string" &&
  typeof d["text"] === "string" &&
  Number.isInteger(d["sentence"]) &&
  isTermCounts(d["bag"]) &&
  ["textTerms", "phrasings", "entities", "about", "answerTerms"].every((f) => Array.isArray(d[f]));

const isSentence = (s: unknown): boolean =>
  isObject(s) &&
  typeof s["text"] === "string" &&
  Array.isArray(s["terms"]) &&
  Array.isArray(s["entities"]);

const isTermCounts = (t: unknown): boolean =>
  isObject(t) &&
  Array.isArray(t["terms"]) &&
  Array.isArray(t["counts"]) &&
  t["terms"].length === t["counts"].length;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
