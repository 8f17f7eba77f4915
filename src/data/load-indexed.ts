import {
  type ArticleIndex,
  type ArticleKnowledge,
  assembleCorpusIndex,
  buildArticleIndex,
  type CorpusIndex,
} from "../core/index.js";
import { readArticleFiles } from "./article-files.js";
import { loadArticle, loadEachFolder } from "./load-knowledge.js";
import { type ArticleFolder, type DataDirScan, scanDataDir } from "./scan-data-dir.js";
import { readStoredIndex, type StaleReason } from "./stored-index.js";

/** One article ready for the engine: its knowledge and its own index. */
export interface IndexedArticle {
  knowledge: ArticleKnowledge;
  index: ArticleIndex;
  /** The hash of the files it was loaded from (`readArticleFiles`). */
  hash: string;
  /** Set when it was validated and built now rather than read from its stored index: why. */
  built?: { reason: StaleReason; detail?: string };
}

/**
 * Loads one article folder: from its stored index when that was made from these very files by
 * this version of the code, otherwise validated and built in memory (its sentences' spans left
 * to the first question that needs them). `previous`, the version loaded before, is kept as it is
 * when the files hold the same bytes (a touched file, a copy). Throws a KnowledgeError naming
 * file, entry and field when the files are invalid.
 */
export function loadIndexedArticle(folder: string, previous?: IndexedArticle): IndexedArticle {
  const files = readArticleFiles(folder);
  if (previous && previous.hash === files.hash) return previous;
  const read = readStoredIndex(folder, files.hash);
  if (read.ok) {
    return { knowledge: read.stored.knowledge, index: read.stored.index, hash: files.hash };
  }
  const knowledge = loadArticle(folder, files);
  return {
    knowledge,
    index: buildArticleIndex(knowledge),
    hash: files.hash,
    built: { reason: read.reason, ...(read.detail ? { detail: read.detail } : {}) },
  };
}

/**
 * Loads every folder of a scan (`loadIndexedArticle`); throws one KnowledgeError naming every
 * problem of every article (and any article id two folders share), or saying there are none.
 */
export function loadIndexedFolders(
  dir: string,
  scan: DataDirScan,
): { folder: ArticleFolder; article: IndexedArticle }[] {
  return loadEachFolder(dir, scan, loadIndexedArticle, (a) => a.knowledge.article.id).map(
    ({ folder, loaded }) => ({ folder, article: loaded }),
  );
}

/**
 * The corpus and its index, put together from the articles' own indexes. Should a stored index
 * that passed its checks still break the assembly, every stored one is set aside and its article
 * built again from its files, so a damaged file can never stop the bot.
 */
export function assembleIndexed(
  articles: IndexedArticle[],
  /** Where each article was loaded from, to build it again. */
  folders: readonly string[],
): { corpus: ArticleKnowledge[]; index: CorpusIndex; articles: IndexedArticle[] } {
  const corpus = articles.map((a) => a.knowledge);
  try {
    return {
      corpus,
      index: assembleCorpusIndex(
        corpus,
        articles.map((a) => a.index),
      ),
      articles,
    };
  } catch (error) {
    if (articles.every((a) => a.built)) throw error;
    const detail = `the stored indexes could not be put together (${(error as Error).message})`;
    const rebuilt = articles.map((a, i): IndexedArticle => {
      if (a.built) return a;
      const knowledge = loadArticle(folders[i] ?? "");
      return {
        ...a,
        knowledge,
        index: buildArticleIndex(knowledge),
        built: { reason: "unreadable", detail },
      };
    });
    const again = rebuilt.map((a) => a.knowledge);
    return {
      corpus: again,
      index: assembleCorpusIndex(
        again,
        rebuilt.map((a) => a.index),
      ),
      articles: rebuilt,
    };
  }
}

/** How the articles of a load were indexed: read from their stored index, or built now and why. */
export interface IndexUse {
  /** Articles read from their stored index. */
  stored: number;
  /** Articles built in memory, their folder names by reason. */
  built: Partial<Record<StaleReason, string[]>>;
  /** Stored indexes that could not be read, each naming the file and what is wrong with it. */
  unreadable: string[];
}

export function indexUse(loaded: Iterable<{ name: string; article: IndexedArticle }>): IndexUse {
  const use: IndexUse = { stored: 0, built: {}, unreadable: [] };
  for (const { name, article } of loaded) {
    const built = article.built;
    if (!built) {
      use.stored++;
      continue;
    }
    const names = use.built[built.reason] ?? [];
    names.push(name);
    use.built[built.reason] = names;
    if (built.reason === "unreadable") use.unreadable.push(built.detail ?? name);
  }
  return use;
}

/**
 * Every article under `dir`, each from its stored index when it is up to date, and the corpus's
 * index put together: what a command-line tool answers from. Throws a KnowledgeError like
 * `loadCorpus`; a skipped folder, and a stored index that could not be read (its article is built
 * from its files instead), are told to `warn` (default: stderr).
 */
export function loadIndexedCorpus(
  dir: string,
  warn: (message: string) => void = (m) => process.stderr.write(`Warning: ${m}\n`),
): { corpus: ArticleKnowledge[]; index: CorpusIndex; use: IndexUse } {
  const scan = scanDataDir(dir);
  for (const message of scan.skipped) warn(message);
  const loaded = loadIndexedFolders(dir, scan);
  const assembled = assembleIndexed(
    loaded.map((l) => l.article),
    loaded.map((l) => l.folder.path),
  );
  const use = indexUse(
    loaded.map((l, i) => ({ name: l.folder.name, article: assembled.articles[i] ?? l.article })),
  );
  for (const problem of use.unreadable)
    warn(`stored index unreadable, article built from its files: ${problem}`);
  return { corpus: assembled.corpus, index: assembled.index, use };
}
