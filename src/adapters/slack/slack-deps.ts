import type { SlackIngestUsers } from "../../config/load-config.js";
import type { Engine } from "../../core/index.js";
import type { Logger } from "../../logger.js";
import type { AddArticle } from "../shared/add-article.js";
import type { RateLimiter } from "../shared/rate-limiter.js";
import type { Delivery } from "./delivery/create-delivery.js";
import type { SourceNames } from "./format/answer-blocks.js";

/** What every listener needs, built once in start.ts and handed to each `register(app, deps)`. */
export interface SlackDeps {
  engine: Engine;
  logger: Logger;
  /** Per-user limit, keyed by `team:user` (user ids are unique only within a workspace). */
  limiter: RateLimiter;
  /** Article id → publication name, for "Paragraph N · title · source" (read live: articles come and go). */
  readonly sourceNames: SourceNames;
  /** Sends every reply (Web API posts and response_url), with the retry policy. */
  delivery: Delivery;
  /** `/ask ingest`: absent when the app was started without a way to add articles. */
  ingest?: { addArticle: AddArticle; allowed: SlackIngestUsers };
}

/** The rate-limit key for a Slack user. */
export function userKey(teamId: string | undefined, userId: string): string {
  return `${teamId ?? "-"}:${userId}`;
}
