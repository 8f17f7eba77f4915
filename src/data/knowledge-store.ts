import {
  type ArticleKnowledge,
  type CorpusIndex,
  createEngine,
  createSwappableEngine,
  type Engine,
} from "../core/index.js";
import {
  assembleIndexed,
  type IndexedArticle,
  type IndexUse,
  indexUse,
  loadIndexedArticle,
  loadIndexedFolders,
} from "./load-indexed.js";
import { KnowledgeError } from "./load-knowledge.js";
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
  /** How the added and changed articles were indexed: read from their stored index, or built. */
  index: IndexUse;
  ms: number;
  /** Of `ms`, the time spent putting every article's index together (0 when nothing changed). */
  assembleMs: number;
}

/** What the first load found: how many articles, and how each was indexed. */
export interface StartupReport {
  articles: number;
  index: IndexUse;
  ms: number;
  /** Of `ms`, the time spent putting the articles' indexes together. */
  assembleMs: number;
}

/** The knowledge of one data directory, reloadable while the bot runs. */
export interface KnowledgeStore {
  /** Always answers from the latest knowledge that loaded; hand this to the adapters. */
  readonly engine: Engine;
  readonly dataDir: string;
  /** The skipped folders the first load found (see ReloadReport.skipped). */
  readonly skipped: readonly string[];
  readonly startup: StartupReport;
  /**
   * Scans the directory again, reads only the articles whose files changed, and swaps a new engine
   * in, in one step; a question already running finishes on the old one. Never throws for bad data.
   */
  reload(): ReloadReport;
}

export interface KnowledgeStoreOptions {
  /** Makes the engine of a corpus and its index (`createEngine` by default). */
  build?: (corpus: ArticleKnowledge[], index: CorpusIndex) => Engine;
}

interface Loaded {
  signature: string;
  path: string;
  article: IndexedArticle;
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
  const build = options.build ?? ((corpus, index) => createEngine(corpus, { index }));
  const engineOf = (entries: Map<string, Loaded>): { engine: Engine; assembleMs: number } => {
    const started = performance.now();
    const list = [...entries.values()];
    const assembled = assembleIndexed(
      list.map((entry) => entry.article),
      list.map((entry) => entry.path),
    );
    // A stored index set aside while assembling is built again: keep that version from now on.
    list.forEach((entry, i) => {
      entry.article = assembled.articles[i] ?? entry.article;
    });
    const assembleMs = performance.now() - started;
    return { engine: build(assembled.corpus, assembled.index), assembleMs };
  };

  const startedAt = performance.now();
  const first = scanDataDir(dataDir);
  let loaded = new Map<string, Loaded>(
    loadIndexedFolders(dataDir, first).map(({ folder, article }) => [
      folder.name,
      { signature: folder.signature, path: folder.path, article },
    ]),
  );
  const initial = engineOf(loaded);
  const live = createSwappableEngine(initial.engine);
  const startup: StartupReport = {
    articles: loaded.size,
    index: indexUse([...loaded].map(([name, entry]) => ({ name, article: entry.article }))),
    ms: performance.now() - startedAt,
    assembleMs: initial.assembleMs,
  };

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
      index: { stored: 0, built: {}, unreadable: [] },
      ms: 0,
      assembleMs: 0,
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
    const fresh: { name: string; article: IndexedArticle }[] = [];
    for (const folder of folders) {
      const before = loaded.get(folder.name);
      if (before && (before.signature === folder.signature || before.failed === folder.signature)) {
        next.set(folder.name, before);
        continue;
      }
      try {
        const article = loadIndexedArticle(folder.path, before?.article);
        next.set(folder.name, { signature: folder.signature, path: folder.path, article });
        // The same bytes under new file dates (a touch, a copy): nothing to rebuild.
        if (article === before?.article) continue;
        (before ? report.changed : report.added).push(folder.name);
        fresh.push({ name: folder.name, article });
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
      let rebuilt: ReturnType<typeof engineOf>;
      try {
        rebuilt = engineOf(next);
      } catch (error) {
        // Only when a damaged stored index forced a rebuild and the files had broken meanwhile.
        if (!(error instanceof KnowledgeError)) throw error;
        report.problems.push(`${error.message} Still answering from the knowledge loaded before.`);
        return { ...report, added: [], changed: [], removed: [], ms: performance.now() - started };
      }
      live.swap(rebuilt.engine);
      report.swapped = true;
      report.assembleMs = rebuilt.assembleMs;
    }
    const kept = new Set([...report.added, ...report.changed]);
    report.index = indexUse(fresh.filter((f) => kept.has(f.name)));
    loaded = next;
    report.articles = next.size;
    report.ms = performance.now() - started;
    return report;
  };

  return { engine: live.engine, dataDir, skipped: first.skipped, startup, reload };
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
    if (!fresh.has(name)) owner.set(entry.article.knowledge.article.id, name);
  }
  for (const name of fresh) {
    const entry = next.get(name);
    if (!entry) continue;
    const id = entry.article.knowledge.article.id;
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
