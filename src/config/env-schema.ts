import { z } from "zod";

/** Empty strings count as unset, as in t3-env: a blank line in .env must not pass as a value. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    schema.optional(),
  );

const url = z.url({ protocol: /^https?$/, message: "must be an http(s) URL" });
const positiveInt = z.coerce.number().int().positive();
const positiveNumber = z.coerce.number().positive();

/** "a, b,c" → ["a", "b", "c"], each item checked by `item`. */
const commaList = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .string()
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    )
    .pipe(z.array(item));

/** A host as written in a URL: a name, an IPv4 address, or an IPv6 address (brackets optional). */
const host = z
  .string()
  .regex(/^(\[?[0-9A-Fa-f:.]+\]?|[A-Za-z0-9.-]+)$/, "must be host names or IP addresses");

const onOff = z
  .string()
  .regex(/^(on|off|true|false|1|0|yes|no)$/i, "must be on or off")
  .transform((v) => /^(on|true|1|yes)$/i.test(v));

/** Every environment variable the bot reads, in one place. */
export const EnvSchema = z.object({
  KB_DIR: optional(z.string()),
  /** Watch KB_DIR and reload changed articles while running (default on; SIGHUP always reloads). */
  KB_WATCH: optional(onOff),
  RATE_LIMIT_MAX: optional(positiveInt),
  RATE_LIMIT_WINDOW_SECONDS: optional(positiveInt),
  // A bot token is three base64url parts joined by dots (user id, timestamp, signature).
  DISCORD_TOKEN: optional(
    z
      .string()
      .trim()
      .regex(
        /^[\w-]{10,}\.[\w-]{4,}\.[\w-]{20,}$/,
        "is not a Discord bot token (three dot-separated parts, as the Developer Portal's Bot page shows it; reset it there if unsure)",
      ),
  ),
  DISCORD_APPLICATION_ID: optional(z.string().regex(/^\d{15,25}$/, "must be a numeric snowflake")),
  DISCORD_GUILD_ID: optional(z.string().regex(/^\d{15,25}$/, "must be a numeric snowflake")),
  DISCORD_API_URL: optional(url),
  SLACK_BOT_TOKEN: optional(z.string().startsWith("xoxb-", "must start with xoxb-")),
  SLACK_APP_TOKEN: optional(z.string().startsWith("xapp-", "must start with xapp-")),
  SLACK_SIGNING_SECRET: optional(z.string().min(8, "looks too short for a signing secret")),
  SLACK_API_URL: optional(url),
  PORT: optional(z.coerce.number().int().min(1).max(65535)),
  FETCH_ALLOW_HOSTS: optional(commaList(host)),
  FETCH_TIMEOUT_SECONDS: optional(positiveNumber),
  FETCH_MAX_MB: optional(positiveNumber),
  FEEDS: optional(commaList(url)),
  FEED_INTERVAL_MINUTES: optional(positiveNumber.min(1, "must be at least 1 (minute)")),
  DISCORD_INGEST_PERMISSION: optional(
    z.string().regex(/^[A-Z][A-Za-z]+$/, "must be a Discord permission name such as ManageGuild"),
  ),
  SLACK_INGEST_USERS: optional(
    commaList(
      z
        .string()
        .regex(/^[UWS][A-Z0-9]{2,}$/, "must be Slack user ids (U…/W…) or user group ids (S…)"),
    ),
  ),
  /** Log questions and feedback (default on). */
  QUESTION_LOG: optional(onOff),
  DB_PATH: optional(z.string()),
  DATABASE_URL: optional(
    z.url({ protocol: /^postgres(ql)?$/, message: "must be a postgres:// or postgresql:// URL" }),
  ),
  LOG_SALT: optional(z.string().min(16, "must be at least 16 characters (a long random string)")),
  LOG_RETENTION_DAYS: optional(positiveInt),
  CONVERSATION_IDLE_MINUTES: optional(z.coerce.number().positive("must be more than 0")),
  CONVERSATION_MAX: optional(positiveInt),
});
export type Env = z.infer<typeof EnvSchema>;
