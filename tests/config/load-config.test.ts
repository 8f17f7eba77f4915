import { describe, expect, test } from "vitest";
import { ConfigError, loadConfig, loadFetchConfig } from "../../src/config/load-config.js";

const REAL_SHAPE = "MTA4NjY2MjA3NjU0MzU4NTI3Mg.GfAkE1.fake-signature-for-tests-0123456789";

function configError(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig: web articles and feeds", () => {
  test("defaults: 15 s, 5 MB, no allowed hosts, no feeds, polling every 15 minutes", () => {
    const config = loadConfig({});
    expect(config.fetch).toEqual({ allowHosts: [], timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 });
    expect(config.feeds).toEqual({ urls: [], intervalMs: 15 * 60_000 });
  });

  test("reads FETCH_*, FEEDS and FEED_INTERVAL_MINUTES, lists split at commas", () => {
    const config = loadConfig({
      FETCH_ALLOW_HOSTS: "127.0.0.1, intranet.local,[::1]",
      FETCH_TIMEOUT_SECONDS: "2.5",
      FETCH_MAX_MB: "1",
      FEEDS: "https://news.example/rss, https://other.example/atom.xml",
      FEED_INTERVAL_MINUTES: "30",
    });
    expect(config.fetch).toEqual({
      allowHosts: ["127.0.0.1", "intranet.local", "[::1]"],
      timeoutMs: 2500,
      maxBytes: 1024 * 1024,
    });
    expect(config.feeds).toEqual({
      urls: ["https://news.example/rss", "https://other.example/atom.xml"],
      intervalMs: 30 * 60_000,
    });
  });

  test("Discord's ingest permission defaults to ManageGuild; Slack's ingest users split into ids and groups", () => {
    const config = loadConfig({
      DISCORD_TOKEN: REAL_SHAPE,
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_APP_TOKEN: "xapp-1",
      SLACK_INGEST_USERS: "U012AB, W0CD34,S0EDITORS",
    });
    expect(config.discord?.ingestPermission).toBe("ManageGuild");
    expect(config.slack?.ingestUsers).toEqual({
      users: ["U012AB", "W0CD34"],
      groups: ["S0EDITORS"],
    });
    expect(
      loadConfig({ DISCORD_TOKEN: REAL_SHAPE, DISCORD_INGEST_PERMISSION: "Administrator" }).discord
        ?.ingestPermission,
    ).toBe("Administrator");
  });

  test.each([
    [{ FEEDS: "ftp://news.example/rss" }, "FEEDS"],
    [{ FEEDS: "https://ok.example/rss,not a url" }, "FEEDS"],
    [{ FEED_INTERVAL_MINUTES: "0" }, "FEED_INTERVAL_MINUTES"],
    [{ FETCH_TIMEOUT_SECONDS: "soon" }, "FETCH_TIMEOUT_SECONDS"],
    [{ FETCH_ALLOW_HOSTS: "http://127.0.0.1/" }, "FETCH_ALLOW_HOSTS"],
    [
      { DISCORD_TOKEN: REAL_SHAPE, DISCORD_INGEST_PERMISSION: "manage server" },
      "DISCORD_INGEST_PERMISSION",
    ],
    [
      { SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1", SLACK_INGEST_USERS: "alice" },
      "SLACK_INGEST_USERS",
    ],
    [{ SLACK_INGEST_USERS: "U012AB" }, "SLACK_BOT_TOKEN"],
  ])("%o is refused, naming %s", (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });

  test("the command line reads only the FETCH_* variables", () => {
    expect(loadFetchConfig({ FETCH_MAX_MB: "2", SLACK_BOT_TOKEN: "not even valid" }).maxBytes).toBe(
      2 * 1024 * 1024,
    );
  });
});

describe("loadConfig: token shapes", () => {
  test.each(["abc", "not-a-real-token", "a.b.c", "MTA4NjY2MjA3NjU0MzU4NTI3Mg.GfAkE1"])(
    "DISCORD_TOKEN=%s is refused, naming the variable and not the value",
    (token) => {
      const message = configError({ DISCORD_TOKEN: token });
      expect(message).toContain("DISCORD_TOKEN: is not a Discord bot token");
      expect(message).not.toContain(token);
    },
  );

  test("a token of the real shape passes", () => {
    expect(loadConfig({ DISCORD_TOKEN: REAL_SHAPE }).discord?.token).toBe(REAL_SHAPE);
  });

  test("KB_WATCH reads on/off words and refuses anything else", () => {
    expect(loadConfig({}).watchData).toBe(true);
    expect(loadConfig({ KB_WATCH: "off" }).watchData).toBe(false);
    expect(loadConfig({ KB_WATCH: "1" }).watchData).toBe(true);
    expect(configError({ KB_WATCH: "sometimes" })).toContain("KB_WATCH: must be on or off");
  });
});

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
      DISCORD_TOKEN: REAL_SHAPE,
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
