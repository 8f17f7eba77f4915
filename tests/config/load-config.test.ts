import { describe, expect, test } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/load-config.js";

describe("conversation and question-log settings", () => {
  test("defaults: log on to var/bot.db for 90 days, 10 quiet minutes, 10,000 conversations", () => {
    const config = loadConfig({});
    expect(config.questionLog).toEqual({
      enabled: true,
      databaseUrl: undefined,
      dbPath: "var/bot.db",
      salt: undefined,
      retentionDays: 90,
    });
    expect(config.terminal.conversations).toEqual({ idleMs: 600_000, max: 10_000 });
  });

  test("each adapter gets the conversation settings as its own part", () => {
    const config = loadConfig({
      DISCORD_TOKEN: "t",
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_APP_TOKEN: "xapp-1",
      CONVERSATION_IDLE_MINUTES: "2.5",
      CONVERSATION_MAX: "50",
    });
    expect(config.discord?.conversations).toEqual({ idleMs: 150_000, max: 50 });
    expect(config.slack?.conversations).toEqual({ idleMs: 150_000, max: 50 });
  });

  test("reads the log's variables; empty values count as unset", () => {
    const config = loadConfig({
      QUESTION_LOG: "OFF",
      DB_PATH: "/tmp/x.db",
      DATABASE_URL: "postgres://bot:secret@db.internal:5432/qa",
      LOG_SALT: "a-long-enough-secret",
      LOG_RETENTION_DAYS: "30",
    });
    expect(config.questionLog).toEqual({
      enabled: false,
      dbPath: "/tmp/x.db",
      databaseUrl: "postgres://bot:secret@db.internal:5432/qa",
      salt: "a-long-enough-secret",
      retentionDays: 30,
    });
    expect(loadConfig({ QUESTION_LOG: " ", DB_PATH: "" }).questionLog.enabled).toBe(true);
  });

  test.each([
    ["QUESTION_LOG", "maybe", "must be on or off"],
    ["DATABASE_URL", "mysql://x/y", "must be a postgres:// or postgresql:// URL"],
    ["LOG_SALT", "short", "at least 16 characters"],
    ["LOG_RETENTION_DAYS", "0", "LOG_RETENTION_DAYS"],
    ["CONVERSATION_IDLE_MINUTES", "-1", "CONVERSATION_IDLE_MINUTES"],
    ["CONVERSATION_MAX", "lots", "CONVERSATION_MAX"],
  ])("%s=%s is refused with a message naming it", (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
