import type { Engine } from "../../core/index.js";
import type { Logger } from "../../logger.js";
import type { ConversationService } from "../shared/conversations/conversation-service.js";
import type { RateLimiter } from "../shared/rate-limiter.js";

/** What every command, component and listener gets: the engine and the bot's shared services. */
export interface BotContext {
  engine: Engine;
  logger: Logger;
  /** Per-user question limit, keyed by Discord user id. */
  limiter: RateLimiter;
  /** Follow-ups per user per channel, thread or DM; the question log; 👍/👎. */
  conversations: ConversationService;
}
