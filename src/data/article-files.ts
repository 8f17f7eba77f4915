import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { CURATED_FOLDER, KNOWLEDGE_FILES } from "./scan-data-dir.js";

/** What reading one knowledge file gave: its text, or the error (a missing optional file is one). */
export type FileRead = { text: string } | { error: NodeJS.ErrnoException };

/** The knowledge files of one article folder, each read once, and a hash of their contents. */
export interface ArticleFiles {
  folder: string;
  /** Whether the folder has a `curated/` folder (its files are read only then). */
  curated: boolean;
  /**
   * SHA-256 of every file the loader reads (the four JSON files and those of `curated/`): equal
   * hashes mean equal knowledge, whatever the files' dates or inodes say.
   */
  hash: string;
  /** A file by its path in the folder: "facts.json", "curated/facts.json". */
  read(file: string): FileRead;
}

/**
 * Reads the knowledge files of an article folder once, so the bytes that are hashed are the
 * bytes that are validated: an edit made in between cannot pass for the indexed version.
 * @example readArticleFiles("data/cambodia-korea-busan-summit").hash
 */
export function readArticleFiles(folder: string): ArticleFiles {
  const curated = isDirectory(join(folder, CURATED_FOLDER));
  const reads = new Map<string, FileRead>();
  const hash = createHash("sha256");
  for (const dir of curated ? ["", `${CURATED_FOLDER}/`] : [""]) {
    for (const name of KNOWLEDGE_FILES) {
      const file = `${dir}${name}`;
      const read = readFile(join(folder, file));
      reads.set(file, read);
      // Each file's name and length go in first, so no two sets of files hash alike.
      if ("text" in read)
        hash.update(`${file}\0${Buffer.byteLength(read.text)}\0`).update(read.text);
      else hash.update(`${file}\0${read.error.code ?? "unreadable"}\0`);
    }
  }
  const missing: FileRead = {
    error: Object.assign(new Error("no such file"), { code: "ENOENT" }),
  };
  return {
    folder,
    curated,
    hash: hash.digest("hex"),
    read: (file) => reads.get(file) ?? missing,
  };
}

function readFile(path: string): FileRead {
  try {
    return { text: readFileSync(path, "utf8") };
  } catch (error) {
    return { error: error as NodeJS.ErrnoException };
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
