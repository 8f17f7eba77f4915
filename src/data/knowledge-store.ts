import {
  type ArticleKnowledge,
  createEngine,
  createSwappableEngine,
  type Engine,
} from "../core/index.js";
import { KnowledgeError, loadArticle, loadArticleFolders } from "./load-knowledge.js";
import { type ArticleFolder, scanDataDir } from "./scan-data-dir.js";

/** What one reload found and did. Folder names, not paths, in the lists. */
export interface ReloadReport {
  /** Articles the engine answers from after the reload. */
  articles: number;
  added: string[];
  changed: string[];
  removed: string[];
  /**
   * Articles that could not be loaded, each naming file, entry and field: a new one is left out,
   * a changed one keeps answering from its previous version. Each is reported once per change.
   */
  problems: string[];
  /** Folders skipped for what they are (a symbolic link, unreadable, no article.json). */
  skipped: string[];
  /** False when nothing changed on disk: the engine was kept as it was. */
  swapped: boolean;
  ms: number;
}

/** The knowledge of one data directory, reloadable while the bot runs. */
export interface KnowledgeStore {
  /** Always answers from the latest knowledge that loaded; hand this to the adapters. */
  readonly engine: Engine;
  readonly dataDir: string;
  /** The skipped folders the first load found (see ReloadReport.skipped). */
  readonly skipped: readonly string[];
  /**
   * Scans the directory again, reads only the articles whose files changed, and swaps a new engine
   * in, in one step; a question already running finishes on the old one. Never throws for bad data.
   */
  reload(): ReloadReport;
}

export interface KnowledgeStoreOptions {
  build?: (corpus: ArticleKnowledge[]) => Engine;
}

interface Loaded {
  signature: string;
  knowledge: ArticleKnowledge;
  /** The signature of a newer version that failed to load, so it is reported once, not on every reload. */
  failed?: string;
}

/**
 * Loads `dataDir` now; throws a KnowledgeError naming every invalid article (start-up stops on bad
 * data). Later reloads never throw: a bad article is reported and the rest carries on.
 *
 * @example
 * const store = createKnowledgeStore("data");
 * startDiscord(config, store.engine);
 * process.on("SIGHUP", () => store.reload());
 */
export function createKnowledgeStore(
  dataDir: string,
  options: KnowledgeStoreOptions = {},
): KnowledgeStore {
  const build = options.build ?? createEngine;
  const first = scanDataDir(dataDir);
  let loaded = new Map<string, Loaded>(
    loadArticleFolders(dataDir, first).map(({ folder, knowledge }) => [
      folder.name,
      { signature: folder.signature, knowledge },
    ]),
  );
  const live = createSwappableEngine(build(corpusOf(loaded)));

  const reload = (): ReloadReport => {
    const started = performance.now();
    const report: ReloadReport = {
      articles: loaded.size,
      added: [],
      changed: [],
      removed: [],
      problems: [],
      skipped: [],
      swapped: false,
      ms: 0,
    };
    let folders: ArticleFolder[];
    try {
      const scan = scanDataDir(dataDir);
      folders = scan.folders;
      report.skipped = scan.skipped;
    } catch (error) {
      if (!(error instanceof KnowledgeError)) throw error;
      report.problems.push(`${error.message} Still answering from the knowledge loaded before.`);
      return { ...report, ms: performance.now() - started };
    }
    const next = new Map<string, Loaded>();
    for (const folder of folders) {
      const before = loaded.get(folder.name);
      if (before && (before.signature === folder.signature || before.failed === folder.signature)) {
        next.set(folder.name, before);
        continue;
      }
      try {
        next.set(folder.name, { signature: folder.signature, knowledge: loadArticle(folder.path) });
        (before ? report.changed : report.added).push(folder.name);
      } catch (error) {
        if (!(error instanceof KnowledgeError)) throw error;
        const outcome = before
          ? "still answering from its previous version"
          : "not loaded until it is fixed";
        report.problems.push(`${folder.path} (${outcome}): ${error.message}`);
        if (before) next.set(folder.name, { ...before, failed: folder.signature });
      }
    }
    dropDuplicateIds(next, loaded, report);
    report.removed = [...loaded.keys()].filter((name) => !next.has(name));
    const changes = report.added.length + report.changed.length + report.removed.length;
    if (changes > 0) {
      live.swap(build(corpusOf(next)));
      report.swapped = true;
    }
    loaded = next;
    report.articles = next.size;
    report.ms = performance.now() - started;
    return report;
  };

  return { engine: live.engine, dataDir, skipped: first.skipped, reload };
}

/**
 * Two folders with one article id would make answers ambiguous: a newly loaded folder that takes
 * an id another folder already has is left out (the one answering before keeps it).
 */
function dropDuplicateIds(
  next: Map<string, Loaded>,
  before: Map<string, Loaded>,
  report: ReloadReport,
): void {
  const fresh = new Set([...report.added, ...report.changed]);
  const owner = new Map<string, string>();
  for (const [name, entry] of next) {
    if (!fresh.has(name)) owner.set(entry.knowledge.article.id, name);
  }
  for (const name of fresh) {
    const entry = next.get(name);
    if (!entry) continue;
    const id = entry.knowledge.article.id;
    const other = owner.get(id);
    if (other === undefined) {
      owner.set(id, name);
      continue;
    }
    const previous = before.get(name);
    report.problems.push(
      `${name}: article id "${id}" is already used by ${other}; ${previous ? "still answering from its previous version" : "not loaded"}. Give one of them another id.`,
    );
    report.added = report.added.filter((n) => n !== name);
    report.changed = report.changed.filter((n) => n !== name);
    if (previous) next.set(name, { ...previous, failed: entry.signature });
    else next.delete(name);
  }
}

function corpusOf(loaded: Map<string, Loaded>): ArticleKnowledge[] {
  return [...loaded.values()].map((entry) => entry.knowledge);
}
