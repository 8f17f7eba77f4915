import type { Engine } from "../../core/index.js";
import type { Logger } from "../../logger.js";
import type { AddArticle } from "../shared/add-article.js";
import type { ConversationService } from "../shared/conversations/conversation-service.js";
import type { RateLimiter } from "../shared/rate-limiter.js";

/** What /ingest needs: the way to add an article, and who may. */
export interface IngestAccess {
  addArticle: AddArticle;
  /** The permission bit a member needs, and its name for the "not allowed" reply. */
  permission: bigint;
  permissionName: string;
}

/** What every command, component and listener gets: the engine and the bot's shared services. */
export interface BotContext {
  engine: Engine;
  logger: Logger;
  /** Per-user question limit, keyed by Discord user id. */
  limiter: RateLimiter;
  /** Absent when the bot was started without a way to add articles. */
  ingest?: IngestAccess;
  /** Follow-ups per user per channel, thread or DM; the question log; 👍/👎. */
  conversations: ConversationService;
}
