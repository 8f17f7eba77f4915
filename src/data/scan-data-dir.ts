import { type BigIntStats, lstatSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { KnowledgeError } from "./knowledge-error.js";

/** The sub-folder of an article folder where an editor's corrections live; `npm run ingest --force` keeps it. */
export const CURATED_FOLDER = "curated";

/** The files the loader reads from an article folder and from its `curated/` folder. */
export const KNOWLEDGE_FILES = [
  "article.json",
  "entities.json",
  "facts.json",
  "quotes.json",
] as const;

/** An article folder found in the data directory. */
export interface ArticleFolder {
  /** The folder's name inside the data directory. */
  name: string;
  path: string;
  /**
   * What the loader would read, as file identities (inode, size, modification time): equal
   * signatures mean the article need not be read again.
   */
  signature: string;
}

export interface DataDirScan {
  /** Article folders, sorted by name (the order the engine gets them in). */
  folders: ArticleFolder[];
  /** Entries that look like articles but cannot be loaded, each a message saying why. */
  skipped: string[];
}

/**
 * Lists the article folders of a data directory without reading their JSON. Hidden entries are
 * ignored: `npm run ingest` writes into `.<id>.ingest-…` first. A symbolic link, an unreadable
 * folder or a folder without article.json is reported in `skipped`, never dropped in silence.
 * Throws a KnowledgeError when the directory itself is missing or unreadable.
 */
export function scanDataDir(dir: string): DataDirScan {
  const entries = readDirectory(dir);
  const folders: ArticleFolder[] = [];
  const skipped: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      if (isDirectory(path))
        skipped.push(
          `${path}: skipped: it is a symbolic link, and the loader does not follow links (the watcher could not see changes behind one). Move or copy the folder into ${dir}.`,
        );
      continue;
    }
    if (!entry.isDirectory()) continue;
    const problem = unreadable(path);
    if (problem) {
      skipped.push(`${path}: skipped: the folder cannot be read (${problem}).`);
      continue;
    }
    const signature = signatureOf(path);
    if (signature.startsWith("article.json:-")) {
      skipped.push(`${path}: skipped: it holds no article.json, so it is not an article (yet).`);
      continue;
    }
    folders.push({ name: entry.name, path, signature });
  }
  return { folders, skipped };
}

function readDirectory(dir: string) {
  try {
    if (!statSync(dir).isDirectory()) {
      throw new KnowledgeError(`The knowledge directory ${dir} is not a directory.`);
    }
    return readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if (error instanceof KnowledgeError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new KnowledgeError(`Knowledge directory not found: ${dir}`);
    throw new KnowledgeError(
      `The knowledge directory ${dir} cannot be read (${describeFsError(error)}). Check its permissions, or pass --data DIR / set KB_DIR.`,
    );
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return true; // a broken link: report it rather than guess
  }
}

function unreadable(folder: string): string | undefined {
  try {
    readdirSync(folder);
    return undefined;
  } catch (error) {
    return describeFsError(error);
  }
}

/** "permission denied" rather than "EACCES: permission denied, scandir '/x'". */
export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === "EACCES" || e.code === "EPERM") return "permission denied";
  if (e.code === "ENOENT") return "it does not exist";
  if (e.code === "ENOTDIR") return "not a directory";
  if (e.code === "EISDIR") return "it is a directory, not a file";
  return e.code ?? String(e.message ?? error);
}

function signatureOf(folder: string): string {
  const parts: string[] = [];
  for (const dir of [folder, join(folder, CURATED_FOLDER)]) {
    for (const file of KNOWLEDGE_FILES) {
      const path = join(dir, file);
      const label = dir === folder ? file : `${CURATED_FOLDER}/${file}`;
      parts.push(`${label}:${identity(path)}`);
    }
  }
  return parts.join(" ");
}

function identity(path: string): string {
  let stat: BigIntStats;
  try {
    stat = lstatSync(path, { bigint: true });
  } catch {
    return "-";
  }
  return `${stat.ino}/${stat.size}/${stat.mtimeNs}/${stat.ctimeNs}`;
}
