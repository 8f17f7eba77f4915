import { type Env, EnvSchema } from "./env-schema.js";

export interface RateLimitConfig {
  /** Questions allowed per user in one window. */
  max: number;
  windowMs: number;
}

/** How long and how many conversations the adapters keep in memory. */
export interface ConversationConfig {
  /** A conversation's context is forgotten after this long without a message. */
  idleMs: number;
  /** At most this many conversations are held; the longest idle go first. */
  max: number;
}

/** Where questions and feedback are logged, and how much of them is kept. */
export interface QuestionLogConfig {
  enabled: boolean;
  /** PostgreSQL when set (several bots share one log); else the SQLite file at `dbPath`. */
  databaseUrl?: string;
  dbPath: string;
  /** Key of the user-id hashes; undefined: a random one per process (hashes change on restart). */
  salt?: string;
  retentionDays: number;
}

export interface DiscordConfig {
  token: string;
  /** Needed only by the register script; it is looked up from the token when unset. */
  applicationId?: string;
  guildId?: string;
  /** REST base URL handed to discord.js as `rest.api`; undefined means Discord's own. */
  apiUrl?: string;
  rateLimit: RateLimitConfig;
  /** The permission a member needs for /ingest (a discord.js PermissionFlagsBits name). */
  ingestPermission: string;
  conversations: ConversationConfig;
}

/** Who may add articles from Slack: user ids, and user groups whose members may. */
export interface SlackIngestUsers {
  users: string[];
  groups: string[];
}

export interface SlackConfig {
  botToken: string;
  /** Socket Mode when set; otherwise HTTP mode. */
  appToken?: string;
  signingSecret?: string;
  /** Web API base URL (`clientOptions.slackApiUrl`), e.g. for GovSlack or a proxy. */
  apiUrl?: string;
  port: number;
  rateLimit: RateLimitConfig;
  /** Who may add articles with `/ask ingest`; nobody when absent. */
  ingestUsers?: SlackIngestUsers;
  conversations: ConversationConfig;
}

/** Limits for fetching web pages and feeds (see src/fetch/fetch-settings.ts for the defaults). */
export interface FetchConfig {
  allowHosts: string[];
  timeoutMs: number;
  maxBytes: number;
}

/** Feeds the running bot polls for new articles. */
export interface FeedsConfig {
  urls: string[];
  intervalMs: number;
}

export interface AppConfig {
  dataDir: string;
  /** Reload articles when files under dataDir change (KB_WATCH). */
  watchData: boolean;
  discord: DiscordConfig | null;
  slack: SlackConfig | null;
  fetch: FetchConfig;
  feeds: FeedsConfig;
  /** The terminal chat's part: it keeps one conversation. */
  terminal: { conversations: ConversationConfig };
  questionLog: QuestionLogConfig;
}

/** Defaults that are configuration rather than code limits. */
export const CONFIG_DEFAULTS = Object.freeze({
  fetchTimeoutSeconds: 15,
  fetchMaxMb: 5,
  feedIntervalMinutes: 15,
  discordIngestPermission: "ManageGuild",
});

export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Parses the environment once at start-up. Each adapter later gets only its own part.
 * Throws a ConfigError naming every variable that is missing or malformed.
 */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const e = parseEnv(env);
  const problems: string[] = [];
  const rateLimit: RateLimitConfig = {
    max: e.RATE_LIMIT_MAX ?? 5,
    windowMs: (e.RATE_LIMIT_WINDOW_SECONDS ?? 10) * 1000,
  };

  const conversations: ConversationConfig = {
    idleMs: Math.round((e.CONVERSATION_IDLE_MINUTES ?? 10) * 60_000),
    max: e.CONVERSATION_MAX ?? 10_000,
  };
  const questionLog: QuestionLogConfig = {
    enabled: e.QUESTION_LOG ?? true,
    databaseUrl: e.DATABASE_URL,
    dbPath: e.DB_PATH ?? "var/bot.db",
    salt: e.LOG_SALT,
    retentionDays: e.LOG_RETENTION_DAYS ?? 90,
  };

  const discordOnly = [e.DISCORD_APPLICATION_ID, e.DISCORD_GUILD_ID, e.DISCORD_API_URL].some(
    Boolean,
  );
  if (!e.DISCORD_TOKEN && discordOnly) {
    problems.push("DISCORD_TOKEN: required when other DISCORD_* variables are set");
  }
  const discord: DiscordConfig | null = e.DISCORD_TOKEN
    ? {
        token: e.DISCORD_TOKEN,
        applicationId: e.DISCORD_APPLICATION_ID,
        guildId: e.DISCORD_GUILD_ID,
        apiUrl: e.DISCORD_API_URL,
        rateLimit,
        ingestPermission: e.DISCORD_INGEST_PERMISSION ?? CONFIG_DEFAULTS.discordIngestPermission,
        conversations,
      }
    : null;

  let slack: SlackConfig | null = null;
  if (e.SLACK_BOT_TOKEN) {
    if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
      problems.push(
        "SLACK_SIGNING_SECRET: required in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)",
      );
    }
    slack = {
      botToken: e.SLACK_BOT_TOKEN,
      appToken: e.SLACK_APP_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      apiUrl: e.SLACK_API_URL,
      port: e.PORT ?? 3000,
      rateLimit,
      ingestUsers: {
        users: (e.SLACK_INGEST_USERS ?? []).filter((id) => !id.startsWith("S")),
        groups: (e.SLACK_INGEST_USERS ?? []).filter((id) => id.startsWith("S")),
      },
      conversations,
    };
  } else if (
    e.SLACK_APP_TOKEN ||
    e.SLACK_SIGNING_SECRET ||
    e.SLACK_API_URL ||
    e.SLACK_INGEST_USERS
  ) {
    problems.push("SLACK_BOT_TOKEN: required when other SLACK_* variables are set");
  }

  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
  return {
    dataDir: e.KB_DIR ?? "data",
    watchData: e.KB_WATCH ?? true,
    discord,
    slack,
    fetch: fetchConfigOf(e),
    feeds: {
      urls: e.FEEDS ?? [],
      intervalMs: (e.FEED_INTERVAL_MINUTES ?? CONFIG_DEFAULTS.feedIntervalMinutes) * 60_000,
    },
    terminal: { conversations },
    questionLog,
  };
}

/** The fetch limits alone, for `npm run ingest`, which needs no tokens. */
export function loadFetchConfig(env: Record<string, string | undefined>): FetchConfig {
  const fetchOnly = {
    FETCH_ALLOW_HOSTS: env["FETCH_ALLOW_HOSTS"],
    FETCH_TIMEOUT_SECONDS: env["FETCH_TIMEOUT_SECONDS"],
    FETCH_MAX_MB: env["FETCH_MAX_MB"],
  };
  return fetchConfigOf(parseEnv(fetchOnly));
}

function parseEnv(env: Record<string, string | undefined>): Env {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

function fetchConfigOf(e: Env): FetchConfig {
  return {
    allowHosts: e.FETCH_ALLOW_HOSTS ?? [],
    timeoutMs: Math.round((e.FETCH_TIMEOUT_SECONDS ?? CONFIG_DEFAULTS.fetchTimeoutSeconds) * 1000),
    maxBytes: Math.round((e.FETCH_MAX_MB ?? CONFIG_DEFAULTS.fetchMaxMb) * 1024 * 1024),
  };
}
