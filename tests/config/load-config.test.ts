import { describe, expect, test } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/load-config.js";

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
