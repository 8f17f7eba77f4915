import { buildArticleIndex } from "../core/index.js";
import { readArticleFiles } from "./article-files.js";
import { loadArticle } from "./load-knowledge.js";
import { readStoredIndex, type StaleReason, writeStoredIndex } from "./stored-index.js";

export type IndexFolderOutcome =
  | { written: false }
  | { written: true; reason: StaleReason | "forced"; detail?: string };

export interface IndexFolderOptions {
  /** Write it even when the stored index is up to date. */
  force?: boolean;
  /** Spans tagged already (`tagArticleSpans`, on an ingest worker), by sentence text. */
  tagged?: ReadonlyMap<string, number[]>;
}

/**
 * Writes the stored index of one article folder (`index.json`: its knowledge as loaded and its
 * own index, every sentence's spans tagged) unless the one there was made from these very files
 * by this format. What `npm run index` does for each folder and `npm run ingest` for each article
 * it writes. Throws a KnowledgeError, naming file, entry and field, when the files are invalid.
 * @example indexArticleFolder("data/cambodia-korea-busan-summit") // { written: false } when up to date
 */
export function indexArticleFolder(
  folder: string,
  options: IndexFolderOptions = {},
): IndexFolderOutcome {
  const files = readArticleFiles(folder);
  const read = readStoredIndex(folder, files.hash);
  if (read.ok && !options.force) return { written: false };
  const knowledge = loadArticle(folder, files);
  const index = buildArticleIndex(knowledge, {
    spans: true,
    ...(options.tagged ? { tagged: options.tagged } : {}),
  });
  writeStoredIndex(folder, { hash: files.hash, knowledge, index });
  return read.ok
    ? { written: true, reason: "forced" }
    : { written: true, reason: read.reason, ...(read.detail ? { detail: read.detail } : {}) };
}
