import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import type { ArticleKnowledge } from "../../core/knowledge/schema.js";
import { indexArticleFolder } from "../../data/index-folder.js";
import { knowledgeFiles } from "../../data/knowledge-files.js";
import { CURATED_FOLDER, KnowledgeError } from "../../data/load-knowledge.js";
import { IngestInputError } from "./read-input.js";

/** What an existing folder holds, when an article with the same id is already there. */
export interface ExistingArticle {
  folder: string;
  origin: string;
}

/** The article already in `dataDir` under this id (folder name or article.json id), if any. */
export function findExistingArticle(dataDir: string, id: string): ExistingArticle | undefined {
  const folder = join(dataDir, id);
  const articleFile = join(folder, "article.json");
  if (!existsSync(folder)) return undefined;
  try {
    const article = JSON.parse(readFileSync(articleFile, "utf8")) as {
      id?: unknown;
      origin?: unknown;
    };
    return { folder, origin: typeof article.origin === "string" ? article.origin : "curated" };
  } catch {
    return { folder, origin: "unknown" };
  }
}

/**
 * Writes the four JSON files and the original text into a temporary folder beside the target,
 * then renames it into place, so the data directory never holds a half-written article.
 * article.json is written last: a folder without it is not loaded as an article. Its stored
 * index (index.json) goes in with it, so the bot starts from it without analysing the article.
 * An editor's `curated/` corrections in the folder being replaced are copied over first, so
 * re-ingesting with --force never loses them (and the old folder stays whole until the swap).
 */
export function writeArticleAtomically(
  dataDir: string,
  knowledge: ArticleKnowledge,
  originalText: string,
  options: {
    force: boolean;
    /** The article's spans tagged already (`tagArticleSpans`, on an ingest worker), for its index. */
    tagged?: ReadonlyMap<string, number[]>;
  },
): string {
  mkdirSync(dataDir, { recursive: true });
  const id = knowledge.article.id;
  const target = join(dataDir, id);
  const existing = findExistingArticle(dataDir, id);
  if (existing && !options.force) {
    throw new IngestInputError(
      `An article with id "${id}" already exists in ${existing.folder}. Pass --title to give this one another title (and id), or --force to replace it.`,
    );
  }
  if (existing && existing.origin !== "ingested") {
    throw new IngestInputError(
      `${existing.folder} holds ${existing.origin} knowledge; ingest will not overwrite it, even with --force. Pass --title to ingest under another id.`,
    );
  }
  const stamp = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const temp = join(dataDir, `.${id}.ingest-${stamp}`);
  const old = join(dataDir, `.${id}.replaced-${stamp}`);
  try {
    mkdirSync(temp);
    const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
    writeFileSync(join(temp, "article.txt"), originalText);
    const curated = join(target, CURATED_FOLDER);
    if (existing && existsSync(curated)) {
      cpSync(curated, join(temp, CURATED_FOLDER), { recursive: true });
    }
    for (const [name, content] of knowledgeFiles(knowledge))
      writeFileSync(join(temp, name), json(content));
    writeIndex(temp, options.tagged);
    if (existing) renameSync(target, old);
    try {
      renameSync(temp, target);
    } catch (error) {
      if (existing) renameSync(old, target); // put the previous version back
      throw error;
    }
    if (existing) rmSync(old, { recursive: true, force: true });
    return target;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * The stored index of the article in `folder`. When the editor's curated/ files kept from the old
 * version no longer fit the new text, there is none: the bot reports the problem at load, and
 * ingest warns about it after writing.
 */
function writeIndex(folder: string, tagged: ReadonlyMap<string, number[]> | undefined): void {
  try {
    indexArticleFolder(folder, tagged ? { tagged } : {});
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
  }
}
