import { z } from "zod";

/** Empty strings count as unset, as in t3-env: a blank line in .env must not pass as a value. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    schema.optional(),
  );

const url = z.url({ protocol: /^https?$/, message: "must be an http(s) URL" });
const positiveInt = z.coerce.number().int().positive();

/** Every environment variable the bot reads, in one place. */
export const EnvSchema = z.object({
  KB_DIR: optional(z.string()),
  RATE_LIMIT_MAX: optional(positiveInt),
  RATE_LIMIT_WINDOW_SECONDS: optional(positiveInt),
  DISCORD_TOKEN: optional(z.string().regex(/^\S+$/, "must not contain spaces")),
  DISCORD_APPLICATION_ID: optional(z.string().regex(/^\d{15,25}$/, "must be a numeric snowflake")),
  DISCORD_GUILD_ID: optional(z.string().regex(/^\d{15,25}$/, "must be a numeric snowflake")),
  DISCORD_API_URL: optional(url),
  SLACK_BOT_TOKEN: optional(z.string().startsWith("xoxb-", "must start with xoxb-")),
  SLACK_APP_TOKEN: optional(z.string().startsWith("xapp-", "must start with xapp-")),
  SLACK_SIGNING_SECRET: optional(z.string().min(8, "looks too short for a signing secret")),
  SLACK_API_URL: optional(url),
  PORT: optional(z.coerce.number().int().min(1).max(65535)),
  QUESTION_LOG: optional(
    z.preprocess(
      (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
      z.enum(["on", "off"], { message: "must be on or off" }),
    ),
  ),
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
