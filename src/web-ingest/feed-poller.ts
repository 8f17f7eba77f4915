import type { Logger } from "../logger.js";
import type { FeedOutcome, WebIngester } from "./web-ingester.js";

export interface FeedPoller {
  /** Reads every feed once now (also what the timer does); resolves with each feed's outcome. */
  pollNow(): Promise<FeedOutcome[]>;
  /** Stops the timer; a poll under way finishes its current feed's items. */
  stop(): Promise<void>;
}

export interface FeedPollerOptions {
  feeds: readonly string[];
  intervalMs: number;
  ingester: WebIngester;
  /** Called once after a poll that added articles (the store's reload). */
  onAdded: () => void;
  logger: Logger;
}

/**
 * Polls FEEDS every FEED_INTERVAL_MINUTES in the running bot: each feed on its own, so one that
 * fails is logged and tried again at the next poll while the others go on. The first poll runs
 * at once; a poll never overlaps the previous one.
 *
 * @example const poller = startFeedPoller({ feeds, intervalMs: 15 * 60_000, ingester, onAdded: store.reload, logger });
 */
export function startFeedPoller(options: FeedPollerOptions): FeedPoller {
  const { feeds, intervalMs, ingester, onAdded, logger } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<FeedOutcome[]> | undefined;
  let stopped = false;

  const pollOnce = async (): Promise<FeedOutcome[]> => {
    const outcomes: FeedOutcome[] = [];
    let added = 0;
    for (const feed of feeds) {
      if (stopped) break;
      let outcome: FeedOutcome;
      try {
        outcome = await ingester.addFeed(feed);
      } catch (error) {
        outcome = { ok: false, feed, message: (error as Error).message, transient: true };
      }
      outcomes.push(outcome);
      if (!outcome.ok) {
        logger.warn("feed failed; trying again at the next poll", {
          feed,
          error: outcome.message,
          retryInMinutes: Math.round(intervalMs / 60_000),
        });
        continue;
      }
      const items = outcome.items.map((i) => i.outcome);
      const newHere = items.filter((o) => o.status === "added").length;
      added += newHere;
      const failed = items.filter((o) => o.status === "refused");
      for (const f of failed) {
        if (f.status === "refused")
          logger.warn("feed item not ingested", { feed, error: f.message });
      }
      logger.info("feed read", {
        feed,
        items: items.length,
        added: newHere,
        refused: failed.length,
      });
    }
    if (added > 0) {
      try {
        onAdded();
      } catch (error) {
        logger.error("could not load the new articles", { error });
      }
    }
    return outcomes;
  };

  const pollNow = (): Promise<FeedOutcome[]> => {
    running ??= pollOnce().finally(() => {
      running = undefined;
    });
    return running;
  };

  /** A poll in the background: whatever goes wrong is logged, and the next poll still comes. */
  const pollInBackground = (): void => {
    pollNow()
      .catch((error: unknown) => logger.error("feed poll failed", { error }))
      .finally(schedule);
  };
  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(pollInBackground, intervalMs);
    timer.unref();
  };

  pollInBackground();
  return {
    pollNow,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
