import { EnvSchema } from "./env-schema.js";

export interface RateLimitConfig {
  /** Questions allowed per user in one window. */
  max: number;
  windowMs: number;
}

export interface DiscordConfig {
  token: string;
  /** Needed only by the register script; it is looked up from the token when unset. */
  applicationId?: string;
  guildId?: string;
  /** REST base URL handed to discord.js as `rest.api`; undefined means Discord's own. */
  apiUrl?: string;
  rateLimit: RateLimitConfig;
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
}

export interface AppConfig {
  dataDir: string;
  /** Reload articles when files under dataDir change (KB_WATCH). */
  watchData: boolean;
  discord: DiscordConfig | null;
  slack: SlackConfig | null;
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
    };
  } else if (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET || e.SLACK_API_URL) {
    problems.push("SLACK_BOT_TOKEN: required when other SLACK_* variables are set");
  }

  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
  return { dataDir: e.KB_DIR ?? "data", watchData: e.KB_WATCH ?? true, discord, slack };
}
