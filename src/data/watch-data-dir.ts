import { relative, sep } from "node:path";
import { watch } from "chokidar";
import { isLedgerFile } from "../web-ingest/ledger.js";
import { STORED_INDEX_FILE } from "./stored-index.js";

export interface DataDirWatcher {
  close(): Promise<void>;
}

/**
 * Calls `onChange` whenever something an article is made of may have changed under `dataDir`:
 * article folders added, replaced or removed, their JSON files and their `curated/` folder edited.
 * Hidden entries (the `.<id>.ingest-…` folders `npm run ingest` writes first) are not watched, nor
 * is the web ledger beside the article folders (`web-ledger.json` and its temporary copies): it is
 * rewritten at every web ingest and feed poll, and no article is made of it. Nor are the stored
 * indexes (`<article>/index.json`, written through a hidden temp file): `npm run index` writes
 * them for knowledge the bot has loaded already, and watching them could only make it reload
 * for nothing (or, were a reload ever to write them, in a loop).
 * The callback says only "look again": the store works out what changed from the files themselves.
 *
 * chokidar rather than `fs.watch(dir, { recursive: true })`: on Linux, Node 20's recursive mode is
 * emulated in JavaScript and has changed across 20.x releases (see docs/operations.md).
 */
export function watchDataDir(
  dataDir: string,
  onChange: (path: string) => void,
  onError: (error: Error) => void,
): DataDirWatcher {
  const watcher = watch(dataDir, {
    ignoreInitial: true,
    // data/<article>/curated/<file>: nothing deeper is read.
    depth: 2,
    followSymlinks: false,
    ignored: (path) =>
      isHidden(dataDir, path) || isLedger(dataDir, path) || isStoredIndex(dataDir, path),
  });
  watcher.on("all", (_event, path) => onChange(path));
  // Whatever changed between the first load and the end of the watcher's initial scan was seen
  // by neither: look once more (cheap when nothing changed: only file identities are compared).
  watcher.on("ready", () => onChange(dataDir));
  watcher.on("error", (error) =>
    onError(error instanceof Error ? error : new Error(String(error))),
  );
  return { close: () => watcher.close() };
}

function isHidden(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== "" && rel.split(sep).some((part) => part.startsWith("."));
}

function isLedger(root: string, path: string): boolean {
  const rel = relative(root, path);
  return !rel.includes(sep) && isLedgerFile(rel);
}

/** `<article>/index.json`: a stored index, derived from the knowledge files beside it. */
function isStoredIndex(root: string, path: string): boolean {
  const parts = relative(root, path).split(sep);
  return parts.length === 2 && parts[1] === STORED_INDEX_FILE;
}
