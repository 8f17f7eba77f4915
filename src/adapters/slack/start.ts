import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { App, type CodedError, LogLevel, type webApi } from "@slack/bolt";
import type { SlackConfig } from "../../config/load-config.js";
import type { Engine } from "../../core/index.js";
import { disabledQuestionLog, type QuestionLog } from "../../log/question-log.js";
import type { Logger } from "../../logger.js";
import { createConversationService } from "../shared/conversations/conversation-service.js";
import { createRateLimiter } from "../shared/rate-limiter.js";
import { toBoltLogger } from "./bolt-logger.js";
import { describe } from "./listeners/guard-listener.js";
import { registerListeners } from "./listeners/index.js";
import type { SlackDeps } from "./slack-deps.js";

/** Knobs tests turn; production uses the defaults. */
export interface SlackAppOptions {
  /** Merged over the Web API client defaults (tests pass `retryConfig: { retries: 0 }`). */
  clientOptions?: webApi.WebClientOptions;
  /** Interface to listen on in HTTP mode (default: all). Tests use 127.0.0.1. */
  host?: string;
  /** Clock for the rate limiter. */
  now?: () => number;
  /** Bolt's own log level (default info). */
  logLevel?: LogLevel;
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
 * A reply more than a few seconds late is worth less than none: retry twice quickly rather than
 * for the Web API client's default half hour, and give up on a call after 10 s.
 */
const DEFAULT_CLIENT_OPTIONS: webApi.WebClientOptions = Object.freeze({
  retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000 },
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
  const app = new App({
    token: config.botToken,
    logger: boltLogger,
    logLevel: options.logLevel ?? LogLevel.INFO,
    clientOptions,
    deferInitialization: true,
    extendedErrorHandler: true,
    ...(socketMode
      ? {
          socketMode: true,
          appToken: config.appToken,
          // The Socket Mode client keeps its own (long) retry policy for reconnecting, so it gets
          // only the API URL and any test overrides, not the short reply retries above.
          installerOptions: {
            clientOptions: {
              ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
              ...options.clientOptions,
            },
          },
        }
      : {
          signingSecret: config.signingSecret,
          port: config.port,
          customRoutes: [{ path: "/healthz", method: ["GET"], handler: healthz }],
        }),
  });

  const deps: SlackDeps = {
    engine,
    logger,
    limiter: createRateLimiter(config.rateLimit, options.now),
    sourceNames: new Map(engine.about().articles.map((a) => [a.id, a.source])),
    conversations: createConversationService({
      engine,
      log: options.log ?? disabledQuestionLog(),
      config: config.conversations,
      logger,
      ...(options.now ? { now: options.now } : {}),
    }),
  };
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
  const { app } = createSlackApp(config, engine, logger, options);
  await app.init();
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

function bodyType(body: unknown): string | undefined {
  const type = (body as { type?: unknown } | undefined)?.type;
  return typeof type === "string" ? type : undefined;
}

function withTrailingSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
