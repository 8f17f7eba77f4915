import type { Logger } from "../logger.js";
import { debounce } from "./debounce.js";
import type { KnowledgeStore, ReloadReport, StartupReport } from "./knowledge-store.js";
import { watchDataDir } from "./watch-data-dir.js";

export interface LiveReloadOptions {
  logger: Logger;
  /** Watch the data directory for changes (on by default); SIGHUP reloads either way. */
  watch: boolean;
  /** Quiet time that ends a burst of file events, and the longest a burst may delay a reload. */
  quietMs?: number;
  maxWaitMs?: number;
  /** Called after every reload, for tests and metrics. */
  onReload?: (report: ReloadReport) => void;
}

export interface LiveReload {
  /** Reloads now (what SIGHUP does). */
  reloadNow(reason: string): ReloadReport;
  stop(): Promise<void>;
}

/**
 * Keeps a running bot's knowledge in step with its data directory: a file watcher (bursts of
 * events are debounced into one reload) and SIGHUP both reload the store, and each outcome is
 * logged: what was added, changed or removed, and every article that could not be loaded.
 */
export function startLiveReload(store: KnowledgeStore, options: LiveReloadOptions): LiveReload {
  const { logger } = options;
  let skippedBefore = new Set(store.skipped);
  const reloadNow = (reason: string): ReloadReport => {
    const report = store.reload();
    // A folder skipped for being a link is said once, not on every reload.
    const newlySkipped = report.skipped.filter((m) => !skippedBefore.has(m));
    skippedBefore = new Set(report.skipped);
    logReport(logger, reason, { ...report, skipped: newlySkipped });
    options.onReload?.(report);
    return report;
  };
  const pending = debounce(() => reloadNow("files changed"), {
    quietMs: options.quietMs ?? 300,
    maxWaitMs: options.maxWaitMs ?? 2_000,
  });
  const watcher = options.watch
    ? watchDataDir(store.dataDir, pending.trigger, (error) =>
        logger.warn("watching the knowledge directory failed; send SIGHUP to reload", {
          dataDir: store.dataDir,
          error,
        }),
      )
    : undefined;
  const onHangup = (): void => {
    pending.cancel();
    reloadNow("SIGHUP");
  };
  process.on("SIGHUP", onHangup);
  logger.info("live reload on", {
    dataDir: store.dataDir,
    watching: options.watch,
    signal: "SIGHUP",
  });
  return {
    reloadNow,
    stop: async () => {
      process.off("SIGHUP", onHangup);
      pending.cancel();
      await watcher?.close();
    },
  };
}

function logReport(logger: Logger, reason: string, report: ReloadReport): void {
  for (const problem of report.problems) logger.warn("article not loaded", { reason, problem });
  for (const skipped of report.skipped) logger.warn("folder skipped", { reason, skipped });
  if (!report.swapped) return;
  logIndexUse(logger, "knowledge reloaded", report, {
    reason,
    added: report.added,
    changed: report.changed,
    removed: report.removed,
  });
}

/**
 * Logs a load (start-up or reload): how many articles came from their stored index and how
 * many were built, and a warning for each stored index that could not be read (its article was
 * built from its files instead, so the bot answers all the same).
 */
export function logIndexUse(
  logger: Logger,
  message: string,
  report: Pick<StartupReport, "articles" | "index" | "ms">,
  fields: Record<string, unknown> = {},
  options: { hintIndex?: boolean } = {},
): void {
  const { index } = report;
  for (const problem of index.unreadable)
    logger.warn("stored index unreadable; article built from its files", { problem });
  const built = Object.entries(index.built).map(([why, names]) => `${names?.length ?? 0} ${why}`);
  logger.info(message, {
    ...fields,
    articles: report.articles,
    fromStoredIndex: index.stored,
    ...(built.length > 0 ? { built: built.join(", ") } : {}),
    ms: Math.round(report.ms),
  });
  // At start-up, say how to make the next one faster; a reload builds only what changed anyway.
  if (options.hintIndex && built.length > 0)
    logger.info("run `npm run index` to store the index of the articles built at start-up");
}
