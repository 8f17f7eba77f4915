/**
 * `npm start`: loads the configuration and the knowledge once, then starts Discord and/or Slack
 * when their tokens are set, or else the terminal chat (no configuration needed).
 */
import type { AddArticle } from "./adapters/shared/add-article.js";
import { startTerminalChat } from "./adapters/terminal/start-terminal-chat.js";
import { installCrashHandlers } from "./cli/shared/crash-handlers.js";
import { EXIT } from "./cli/shared/exit-codes.js";
import { loadDotEnv } from "./cli/shared/load-dotenv.js";
import { parseCliArgs } from "./cli/shared/parse-cli-args.js";
import { type AppConfig, ConfigError, loadConfig } from "./config/load-config.js";
import { findMisspelledVariables } from "./config/misspelled-env.js";
import type { Engine } from "./core/index.js";
import { createKnowledgeStore, type KnowledgeStore } from "./data/knowledge-store.js";
import { logIndexUse, startLiveReload } from "./data/live-reload.js";
import { KnowledgeError } from "./data/load-knowledge.js";
import { fetchSettings } from "./fetch/index.js";
import { questionLogFromConfig } from "./log/from-config.js";
import type { QuestionLog } from "./log/question-log.js";
import { createLogger } from "./logger.js";
import { createArticleAdder } from "./web-ingest/chat-article-adder.js";
import { startFeedPoller } from "./web-ingest/feed-poller.js";
import { createWebIngester } from "./web-ingest/web-ingester.js";

const USAGE = `Usage: npm start [-- --data DIR]

Starts the Discord bot when DISCORD_TOKEN is set, the Slack app when SLACK_BOT_TOKEN is set
(both may run at once), or else a chat in this terminal. Tokens may be put in a .env file.
Articles added, changed or removed in the knowledge directory are picked up while it runs
(KB_WATCH=off turns the watcher off); \`kill -HUP <pid>\` reloads them at once.

Options:
  --data DIR   knowledge directory (overrides KB_DIR; default ./data)
  -h, --help   show this help`;

interface RunningAdapter {
  stop(): Promise<void>;
}

const logger = createLogger("main");
installCrashHandlers(logger);

function fail(message: string, code: number = EXIT.failure): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function loadEverything(argv: string[]): {
  config: AppConfig;
  store: KnowledgeStore;
  dataDir: string;
} {
  const args = parseCliArgs(argv, {
    data: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (!args.ok) fail(`${args.error}\n\n${USAGE}`, EXIT.usage);
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(EXIT.ok);
  }
  try {
    loadDotEnv();
    for (const warning of findMisspelledVariables(process.env)) logger.warn(warning);
    const config = loadConfig(process.env);
    const dataDir = args.values.data ?? config.dataDir;
    return { config, store: createKnowledgeStore(dataDir), dataDir };
  } catch (error) {
    if (error instanceof ConfigError || error instanceof KnowledgeError) fail(error.message);
    throw error;
  }
}

/** Imported on demand so a terminal-only start loads neither discord.js nor Bolt. */
async function startAdapters(
  config: AppConfig,
  engine: Engine,
  services: { addArticle: AddArticle; log: QuestionLog },
): Promise<RunningAdapter[]> {
  const running: RunningAdapter[] = [];
  try {
    if (config.discord) {
      const { startDiscord } = await import("./adapters/discord/start.js");
      running.push(await startDiscord(config.discord, engine, createLogger("discord"), services));
    }
    if (config.slack) {
      const { startSlack } = await import("./adapters/slack/start.js");
      running.push(await startSlack(config.slack, engine, createLogger("slack"), services));
    }
  } catch (error) {
    await stopAll(running);
    throw error;
  }
  return running;
}

async function stopAll(running: RunningAdapter[]): Promise<void> {
  const results = await Promise.allSettled(running.map((adapter) => adapter.stop()));
  for (const result of results) {
    if (result.status === "rejected")
      logger.error("adapter failed to stop", { error: result.reason });
  }
}

function exitOnSignals(running: RunningAdapter[], log: QuestionLog): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(EXIT.ok); // a second Ctrl-C: stop waiting
    stopping = true;
    logger.info("shutting down", { signal });
    // Don't let a hung disconnect keep the process alive forever.
    setTimeout(() => process.exit(EXIT.ok), 5_000).unref();
    void stopAll(running)
      .then(() => log.close())
      .then(() => process.exit(EXIT.ok));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}

const { config, store, dataDir } = loadEverything(process.argv.slice(2));
const { engine } = store;
for (const skipped of store.skipped) logger.warn("folder skipped", { skipped });
logIndexUse(logger, "knowledge loaded", store.startup, {}, { hintIndex: true });
// Only chat platforms have user ids worth a stable salt; the terminal chat needs no setup.
const log = questionLogFromConfig(config.questionLog, createLogger("question-log"), {
  warnWithoutSalt: config.discord !== null || config.slack !== null,
});
// The log is flushed and closed last, after the adapters have stopped answering.
const running: RunningAdapter[] = [];
const liveReload = startLiveReload(store, { logger, watch: config.watchData });
running.push(liveReload);
exitOnSignals(running, log);

// Articles from the web: added from chat (/ingest) and from FEEDS, answered without a restart.
// They reload at once through the live reload (which logs what changed) rather than waiting for
// the watcher; the watcher's own reload then finds nothing new.
const ingester = createWebIngester(dataDir, fetchSettings(config.fetch));
const ingestLogger = createLogger("ingest");
const addArticle = createArticleAdder(
  ingester,
  { engine, reload: () => liveReload.reloadNow("article added from chat") },
  ingestLogger,
);
if (config.feeds.urls.length > 0) {
  running.push(
    startFeedPoller({
      feeds: config.feeds.urls,
      intervalMs: config.feeds.intervalMs,
      ingester,
      onAdded: () => liveReload.reloadNow("articles added from feeds"),
      logger: ingestLogger,
    }),
  );
}

if (config.discord || config.slack) {
  try {
    running.push(...(await startAdapters(config, engine, { addArticle, log })));
  } catch (error) {
    logger.error("failed to start", { error });
    fail(`Failed to start: ${error instanceof Error ? error.message : String(error)}`);
  }
  logger.info("running", { discord: config.discord !== null, slack: config.slack !== null });
} else {
  await startTerminalChat({
    engine,
    input: process.stdin,
    output: process.stdout,
    logger,
    log,
    conversations: config.terminal.conversations,
  });
  await log.close();
  // The chat has ended (Ctrl-D or /quit): leave once stdout has flushed, whatever else is open.
  process.stdout.write("", () => process.exit(EXIT.ok));
}
