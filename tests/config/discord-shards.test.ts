import { describe, expect, test } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/load-config.js";

const TOKEN = "MTA4NjY2MjA3NjU0MzU4NTI3Mg.GfAkE1.fake-signature-for-tests-0123456789";

function shardsOf(env: Record<string, string>) {
  return loadConfig({ DISCORD_TOKEN: TOKEN, ...env }).discord?.shards;
}

function problemOf(env: Record<string, string>): string {
  try {
    loadConfig({ DISCORD_TOKEN: TOKEN, ...env });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("Discord shards: what each machine runs", () => {
  test("no shard variables (or empty ones): one shard of one, as a single bot always ran", () => {
    expect(shardsOf({})).toEqual({ mode: "fixed", ids: [0], count: 1 });
    expect(
      shardsOf({ DISCORD_SHARDS: "", DISCORD_SHARD_IDS: " ", DISCORD_SHARD_COUNT: "" }),
    ).toEqual({ mode: "fixed", ids: [0], count: 1 });
  });

  test("DISCORD_SHARDS=auto (any case) leaves the count to the gateway", () => {
    expect(shardsOf({ DISCORD_SHARDS: "auto" })).toEqual({ mode: "auto" });
    expect(shardsOf({ DISCORD_SHARDS: " AUTO " })).toEqual({ mode: "auto" });
  });

  test("ids and ranges out of a count: this machine's slice, sorted", () => {
    expect(shardsOf({ DISCORD_SHARD_IDS: "0,1", DISCORD_SHARD_COUNT: "2" })).toEqual({
      mode: "fixed",
      ids: [0, 1],
      count: 2,
    });
    expect(shardsOf({ DISCORD_SHARD_IDS: "6, 2-4", DISCORD_SHARD_COUNT: "8" })).toEqual({
      mode: "fixed",
      ids: [2, 3, 4, 6],
      count: 8,
    });
  });

  test("a count alone runs every shard of it in this process", () => {
    expect(shardsOf({ DISCORD_SHARD_COUNT: "3" })).toEqual({
      mode: "fixed",
      ids: [0, 1, 2],
      count: 3,
    });
  });
});

describe("Discord shards: mistakes are refused with a message naming the variable", () => {
  test.each([
    [
      "an id outside 0..count-1",
      { DISCORD_SHARD_IDS: "0,2", DISCORD_SHARD_COUNT: "2" },
      "DISCORD_SHARD_IDS: 2 is outside 0..1 (DISCORD_SHARD_COUNT=2 numbers the shards 0 to 1)",
    ],
    [
      "a range running past the count",
      { DISCORD_SHARD_IDS: "2-5", DISCORD_SHARD_COUNT: "4" },
      "DISCORD_SHARD_IDS: 2-5 is outside 0..3",
    ],
    [
      "a range written backwards",
      { DISCORD_SHARD_IDS: "3-1", DISCORD_SHARD_COUNT: "4" },
      "DISCORD_SHARD_IDS: the range 3-1 runs backwards (write 1-3)",
    ],
    [
      "the same shard twice",
      { DISCORD_SHARD_IDS: "0-2,1", DISCORD_SHARD_COUNT: "4" },
      "DISCORD_SHARD_IDS: shard 1 is listed twice",
    ],
    [
      "ids without a count",
      { DISCORD_SHARD_IDS: "0,1" },
      "DISCORD_SHARD_IDS: needs DISCORD_SHARD_COUNT",
    ],
    [
      "auto with ids",
      { DISCORD_SHARDS: "auto", DISCORD_SHARD_IDS: "0" },
      "DISCORD_SHARDS: auto cannot be combined with DISCORD_SHARD_IDS or DISCORD_SHARD_COUNT",
    ],
    [
      "auto with a count",
      { DISCORD_SHARDS: "auto", DISCORD_SHARD_COUNT: "2" },
      "DISCORD_SHARDS: auto cannot be combined",
    ],
    ["DISCORD_SHARDS other than auto", { DISCORD_SHARDS: "2" }, "DISCORD_SHARDS: must be auto"],
    [
      "ids that are not numbers",
      { DISCORD_SHARD_IDS: "first", DISCORD_SHARD_COUNT: "2" },
      "DISCORD_SHARD_IDS.0: must be shard ids or ranges",
    ],
    ["a negative id", { DISCORD_SHARD_IDS: "-1", DISCORD_SHARD_COUNT: "2" }, "DISCORD_SHARD_IDS"],
    ["a count of zero", { DISCORD_SHARD_COUNT: "0" }, "DISCORD_SHARD_COUNT"],
    ["a count that is not a whole number", { DISCORD_SHARD_COUNT: "1.5" }, "DISCORD_SHARD_COUNT"],
  ])("%s", (_, env, message) => {
    expect(problemOf(env)).toContain(message);
  });

  test("shard variables without DISCORD_TOKEN ask for the token", () => {
    expect(() => loadConfig({ DISCORD_SHARD_COUNT: "2" })).toThrow(
      "DISCORD_TOKEN: required when other DISCORD_* variables are set",
    );
  });
});
