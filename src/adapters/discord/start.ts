import { Client, Events, GatewayIntentBits, Partials } from "discord.js";
import type { DiscordConfig } from "../../config/load-config.js";
import type { Engine } from "../../core/index.js";
import { disabledQuestionLog, type QuestionLog } from "../../log/question-log.js";
import type { Logger } from "../../logger.js";
import type { AddArticle } from "../shared/add-article.js";
import { createConversationService } from "../shared/conversations/conversation-service.js";
import { createRateLimiter } from "../shared/rate-limiter.js";
import type { BotContext } from "./context.js";
import { ingestPermission } from "./ingest-permission.js";
import { registerListeners } from "./listeners/register-listeners.js";
import { NO_PINGS } from "./replies/payload.js";

export interface RunningDiscordBot {
  /** Disconnects from Discord; safe to call more than once. */
  stop(): Promise<void>;
}

/** Builds the discord.js client: only the intents the bot needs, no privileged MessageContent. */
export function createDiscordClient(config: Pick<DiscordConfig, "apiUrl">): Client {
  return new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
    ],
    // DM channels are never cached in advance; without this partial, DMs are dropped.
    partials: [Partials.Channel],
    // A second guard: every payload also sets allowedMentions itself.
    allowedMentions: NO_PINGS,
    rest: config.apiUrl ? { api: config.apiUrl } : {},
  });
}

/** The bot's optional services: the way /ingest adds an article, and the question log. */
export interface DiscordServices {
  /** Absent: /ingest says adding articles is off. */
  addArticle?: AddArticle;
  /** Absent: questions and feedback are not logged. */
  log?: QuestionLog;
}

/**
 * Logs the bot in and resolves once it is ready to answer. The caller owns signals and
 * calls `stop()` on shutdown.
 */
export async function startDiscord(
  config: DiscordConfig,
  engine: Engine,
  logger: Logger,
  services: DiscordServices = {},
): Promise<RunningDiscordBot> {
  const context: BotContext = {
    engine,
    logger,
    limiter: createRateLimiter(config.rateLimit),
    conversations: createConversationService({
      engine,
      log: services.log ?? disabledQuestionLog(),
      config: config.conversations,
      logger,
    }),
    ...(services.addArticle
      ? {
          ingest: {
            addArticle: services.addArticle,
            permission: ingestPermission(config.ingestPermission),
            permissionName: config.ingestPermission,
          },
        }
      : {}),
  };
  const client = createDiscordClient(config);

  // Without an `error` listener, an emitted error would crash the process.
  client.on(Events.Error, (error) => logger.error("Discord client error", { error }));
  client.on(Events.Warn, (message) => logger.warn("Discord client warning", { detail: message }));
  client.on(Events.ShardError, (error, shardId) =>
    logger.error("Discord gateway connection error", { shardId, error }),
  );
  registerListeners(client, context);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= client.destroy().then(() => logger.info("Discord bot stopped"));
    return stopping;
  };

  try {
    // login() resolves once the gateway session opens; clientReady follows when the guilds have arrived.
    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    await client.login(config.token);
    await ready;
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}
