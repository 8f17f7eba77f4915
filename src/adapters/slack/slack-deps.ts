import type { SlackIngestUsers } from "../../config/load-config.js";
import type { Engine } from "../../core/index.js";
import type { Logger } from "../../logger.js";
import type { AddArticle } from "../shared/add-article.js";
import type {
  AskPlace,
  ConversationService,
} from "../shared/conversations/conversation-service.js";
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
  /** Follow-ups per user per thread, DM or channel; the question log; 👍/👎. */
  conversations: ConversationService;
}

/** Where a Slack question was asked: a thread (mentions answer in one), a DM, or a channel. */
export interface SlackWhere {
  team: string | undefined;
  user: string;
  channel: string;
  threadTs?: string;
}

/**
 * The conversation a Slack question belongs to: one user in one thread, DM (`D…` channels) or
 * channel (slash commands have no thread).
 */
export function slackPlace(where: SlackWhere, article?: string): AskPlace {
  const dm = where.channel.startsWith("D");
  const kind = where.threadTs ? "thread" : dm ? "dm" : "channel";
  return {
    platform: "slack",
    conversationKind: kind,
    conversationKey: `slack:${where.team ?? "-"}:${where.channel}:${where.threadTs ?? "-"}:${where.user}`,
    userId: userKey(where.team, where.user),
    ...(article ? { article } : {}),
  };
}

/** The rate-limit key for a Slack user. */
export function userKey(teamId: string | undefined, userId: string): string {
  return `${teamId ?? "-"}:${userId}`;
}
