import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { App, type CodedError, HTTPReceiver, LogLevel, type webApi } from "@slack/bolt";
import type { SlackConfig } from "../../config/load-config.js";
import type { Engine } from "../../core/index.js";
import { disabledQuestionLog, type QuestionLog } from "../../log/question-log.js";
import type { Logger } from "../../logger.js";
import type { AddArticle } from "../shared/add-article.js";
import { createConversationService } from "../shared/conversations/conversation-service.js";
import { createRateLimiter } from "../shared/rate-limiter.js";
import { toBoltLogger } from "./bolt-logger.js";
import { createDelivery } from "./delivery/create-delivery.js";
import type { DeliveryPolicy, Sleep } from "./delivery/delivery-policy.js";
import { guardRequests } from "./http/guard-requests.js";
import { describe } from "./listeners/guard-listener.js";
import { registerListeners } from "./listeners/index.js";
import { ignoreRedeliveredEvents } from "./middleware/ignore-redelivered-events.js";
import { createRecentEventIds } from "./middleware/recent-event-ids.js";
import type { SlackDeps } from "./slack-deps.js";

/** Knobs tests turn (production uses the defaults), and what the app may be given to do more. */
export interface SlackAppOptions {
  /** Merged over the Web API client defaults (tests shorten `timeout`). */
  clientOptions?: webApi.WebClientOptions;
  /** Merged over DELIVERY_DEFAULTS: retries and time limits of replies. */
  delivery?: Partial<DeliveryPolicy>;
  /** How the app waits out a backoff or a Retry-After (tests end the waits themselves). */
  sleep?: Sleep;
  /** Interface to listen on in HTTP mode (default: all). Tests use 127.0.0.1. */
  host?: string;
  /** Clock for the rate limiter. */
  now?: () => number;
  /** Bolt's own log level (default info). */
  logLevel?: LogLevel;
  /** How `/ask ingest <url>` adds an article; without it the sub-command says it is off. */
  addArticle?: AddArticle;
  /** Where questions and 👍/👎 go (default: nowhere). */
  log?: QuestionLog;
}

export interface SlackHandle {
  /** Stops the HTTP server or the Socket Mode connection. Safe to call more than once. */
  stop(): Promise<void>;
  /** The port the HTTP receiver listens on (undefined in Socket Mode). */
  port: number | undefined;
  mode: "socket" | "http";
}

/** What Bolt hands an extended error handler (its own type for this is not exported). */
interface BoltErrorArgs {
  error: CodedError;
  body: unknown;
  context: { teamId?: string; userId?: string };
}

/**
 * The client sends each call once and reports a 429 instead of waiting: src/adapters/slack/delivery
 * decides what to retry (its own policy: a post that may have landed is not sent again) and holds
 * only the rate-limited channel (the client's own wait pauses its one queue for every channel).
 * A reply more than a few seconds late is worth less than none, so a call gets 10 s.
 */
const DEFAULT_CLIENT_OPTIONS: webApi.WebClientOptions = Object.freeze({
  retryConfig: { retries: 0 },
  rejectRateLimitedCalls: true,
  timeout: 10_000,
});

/** `GET /healthz` beside `/slack/events` in HTTP mode, for a load balancer. */
function healthz(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify({ ok: true }));
}

/**
 * Builds the Bolt App with every listener and the error handler, not yet connected.
 * Socket Mode when `config.appToken` is set; otherwise HTTP mode with the signing secret.
 * Initialisation (auth.test) is deferred to `app.init()`, so a bad token rejects a promise the
 * caller awaits instead of surfacing later as an unhandled rejection.
 */
export function createSlackApp(
  config: SlackConfig,
  engine: Engine,
  logger: Logger,
  options: SlackAppOptions = {},
): { app: App; deps: SlackDeps } {
  const socketMode = Boolean(config.appToken);
  const apiUrl = config.apiUrl ? withTrailingSlash(config.apiUrl) : undefined;
  const clientOptions: webApi.WebClientOptions = {
    ...DEFAULT_CLIENT_OPTIONS,
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    ...options.clientOptions,
  };
  const boltLogger = toBoltLogger(logger, options.logLevel);
  const logLevel = options.logLevel ?? LogLevel.INFO;
  const app = new App({
    token: config.botToken,
    logger: boltLogger,
    logLevel,
    clientOptions,
    deferInitialization: true,
    extendedErrorHandler: true,
    ...(socketMode
      ? {
          socketMode: true,
          appToken: config.appToken,
          // The Socket Mode client keeps its own (long) retry policy for reconnecting, so it gets
          // only the API URL and any test overrides, not the reply client's settings above.
          installerOptions: {
            clientOptions: {
              ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
              ...options.clientOptions,
            },
          },
        }
      : { receiver: httpReceiver(config, logger, boltLogger, logLevel) }),
  });

  const deps: SlackDeps = {
    engine,
    logger,
    limiter: createRateLimiter(config.rateLimit, options.now),
    // Read when a reply is built: an article added while the app runs has its source too.
    get sourceNames() {
      return new Map(engine.about().articles.map((a) => [a.id, a.source]));
    },
    delivery: createDelivery({ logger, policy: options.delivery, sleep: options.sleep }),
    ...(options.addArticle
      ? {
          ingest: {
            addArticle: options.addArticle,
            allowed: config.ingestUsers ?? { users: [], groups: [] },
          },
        }
      : {}),
    conversations: createConversationService({
      engine,
      log: options.log ?? disabledQuestionLog(),
      config: config.conversations,
      logger,
      ...(options.now ? { now: options.now } : {}),
    }),
  };
  app.use(ignoreRedeliveredEvents(createRecentEventIds(), logger));
  registerListeners(app, deps);
  app.error(async ({ error, body, context }: BoltErrorArgs) => {
    // Listeners catch their own errors; this catches what escapes Bolt's middleware.
    logger.error("Slack event failed", {
      error: describe(error.original ?? error),
      code: error.code,
      type: bodyType(body),
      team: context.teamId,
      user: context.userId,
    });
  });
  return { app, deps };
}

/**
 * Starts the Slack adapter and resolves once it is connected (Socket Mode) or listening (HTTP).
 *
 * @example const slack = await startSlack(config.slack, engine, createLogger("slack"));
 *          process.on("SIGTERM", () => slack.stop());
 */
export async function startSlack(
  config: SlackConfig,
  engine: Engine,
  logger: Logger,
  options: SlackAppOptions = {},
): Promise<SlackHandle> {
  const { app, deps } = createSlackApp(config, engine, logger, options);
  // The client no longer retries on its own; a 5xx from auth.test at start-up is worth a retry.
  await deps.delivery.readOnly("auth.test", () => app.init());
  const mode = config.appToken ? "socket" : "http";
  let port: number | undefined;
  if (mode === "socket") {
    await app.start();
  } else {
    const server = await app.start(
      options.host ? { port: config.port, host: options.host } : config.port,
    );
    port = (server.address() as AddressInfo | null)?.port;
  }
  logger.info("Slack adapter started", { mode, ...(port !== undefined ? { port } : {}) });

  let stopping: Promise<void> | undefined;
  return {
    mode,
    port,
    stop: () => {
      stopping ??= app.stop().then(
        () => logger.info("Slack adapter stopped", { mode }),
        (error: unknown) => logger.warn("Slack adapter stop failed", { error: describe(error) }),
      );
      return stopping;
    },
  };
}

/** Bolt's HTTP receiver with `/healthz`, behind the checks Bolt lacks (see guard-requests.ts). */
function httpReceiver(
  config: SlackConfig,
  logger: Logger,
  boltLogger: ReturnType<typeof toBoltLogger>,
  logLevel: LogLevel,
): HTTPReceiver {
  const signingSecret = config.signingSecret ?? "";
  const receiver = new HTTPReceiver({
    signingSecret,
    port: config.port,
    logger: boltLogger,
    logLevel,
    customRoutes: [{ path: "/healthz", method: ["GET"], handler: healthz }],
  });
  receiver.requestListener = guardRequests(receiver.requestListener, { signingSecret, logger });
  return receiver;
}

function bodyType(body: unknown): string | undefined {
  const type = (body as { type?: unknown } | undefined)?.type;
  return typeof type === "string" ? type : undefined;
}

function withTrailingSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
