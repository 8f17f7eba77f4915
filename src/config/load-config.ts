import { EnvSchema } from "./env-schema.js";

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
  conversations: ConversationConfig;
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
  conversations: ConversationConfig;
}

export interface AppConfig {
  dataDir: string;
  discord: DiscordConfig | null;
  slack: SlackConfig | null;
  /** The terminal chat's part: it keeps one conversation. */
  terminal: { conversations: ConversationConfig };
  questionLog: QuestionLogConfig;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Parses the environment once at start-up. Each adapter later gets only its own part.
 * Throws a ConfigError naming every variable that is missing or malformed.
 */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
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
    enabled: e.QUESTION_LOG !== "off",
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
      conversations,
    };
  } else if (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET || e.SLACK_API_URL) {
    problems.push("SLACK_BOT_TOKEN: required when other SLACK_* variables are set");
  }

  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
  return {
    dataDir: e.KB_DIR ?? "data",
    discord,
    slack,
    terminal: { conversations },
    questionLog,
  };
}
