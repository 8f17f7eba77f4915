import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { registerCommands } from "../../../src/adapters/discord/deploy-commands.js";
import { APP_ID, GUILD_ID } from "./fake-discord/payloads.js";
import { type FakeDiscord, startFakeDiscord } from "./fake-discord/server.js";
import { FAKE_DISCORD_TOKEN } from "./fake-discord/start-bot.js";

const COMMANDS = ["ask", "quote", "facts", "about", "help", "ingest"];

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
});

const puts = () => fake.requests.filter((r) => r.method === "PUT");

describe("npm run discord:register", () => {
  test("replaces the server's commands with the 6 commands when a guild id is set", async () => {
    const result = await registerCommands({
      token: "test-token",
      applicationId: APP_ID,
      guildId: GUILD_ID,
      apiUrl: fake.apiUrl,
    });
    const put = puts().at(-1);
    expect(put?.path).toBe(`/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(put?.authorization).toBe("Bot test-token");
    expect(put?.body.map((c: { name: string }) => c.name)).toEqual(COMMANDS);
    expect(result).toEqual({ scope: "guild", applicationId: APP_ID, registered: COMMANDS });
  });

  test("registers globally, looking the application id up from the token when unset", async () => {
    const before = fake.requests.length;
    const result = await registerCommands({ token: "test-token", apiUrl: fake.apiUrl });
    const made = fake.requests.slice(before).map((r) => `${r.method} ${r.path}`);
    expect(made).toEqual([
      "GET /api/v10/applications/@me",
      `PUT /api/v10/applications/${APP_ID}/commands`,
    ]);
    expect(result.scope).toBe("global");
    expect(result.registered).toEqual(COMMANDS);
  });

  test("sends autocomplete options for /ask and /quote, and keeps every description within 100 characters", () => {
    const body: {
      name: string;
      description: string;
      options?: { name: string; autocomplete?: boolean; required?: boolean }[];
    }[] = puts().at(-1)?.body;
    const ask = body.find((c) => c.name === "ask");
    const quote = body.find((c) => c.name === "quote");
    expect(ask?.options?.[0]).toMatchObject({
      name: "question",
      autocomplete: true,
      required: true,
    });
    expect(quote?.options?.[0]).toMatchObject({
      name: "speaker",
      autocomplete: true,
      required: false,
    });
    for (const command of body) {
      expect(command.description.length).toBeGreaterThan(0);
      expect(command.description.length).toBeLessThanOrEqual(100);
    }
  });

  test("/ingest is for servers only, and for members with Manage Server unless the operator sets another permission", async () => {
    const ingest = () =>
      puts()
        .at(-1)
        ?.body.find((c: { name: string }) => c.name === "ingest");
    expect(ingest()).toMatchObject({
      contexts: [0],
      default_member_permissions: String(1n << 5n),
      options: [{ name: "url", required: true }],
    });
    await registerCommands({
      token: "test-token",
      applicationId: APP_ID,
      apiUrl: fake.apiUrl,
      ingestPermission: "ManageMessages",
    });
    expect(ingest().default_member_permissions).toBe(String(1n << 13n));
    const others = puts()
      .at(-1)
      ?.body.filter((c: { name: string }) => c.name !== "ingest");
    for (const command of others) expect(command.default_member_permissions).toBeUndefined();
  });

  test("an unknown permission name stops registration with a message naming the variable", async () => {
    await expect(
      registerCommands({
        token: "t",
        applicationId: APP_ID,
        apiUrl: fake.apiUrl,
        ingestPermission: "ManageEverything",
      }),
    ).rejects.toThrow(/DISCORD_INGEST_PERMISSION: "ManageEverything" is not a Discord permission/);
  });

  test("running it twice sends the same list again (PUT replaces, nothing piles up)", async () => {
    await registerCommands({ token: "test-token", applicationId: APP_ID, apiUrl: fake.apiUrl });
    await registerCommands({ token: "test-token", applicationId: APP_ID, apiUrl: fake.apiUrl });
    const [previous, last] = puts().slice(-2);
    expect(last?.body).toEqual(previous?.body);
  });

  test("fails with the API's error when Discord rejects the token", async () => {
    fake.failNext((r) => r.method === "PUT", 401, {
      body: { message: "401: Unauthorized", code: 0 },
    });
    await expect(
      registerCommands({ token: "bad-token", applicationId: APP_ID, apiUrl: fake.apiUrl }),
    ).rejects.toThrow(/Unauthorized/);
  });
});

const pick = (env: NodeJS.ProcessEnv, name: string): Record<string, string> => {
  const value = env[name];
  return value === undefined ? {} : { [name]: value };
};

/**
 * Runs the script the way `npm run discord:register` does, with only the given environment, in
 * `cwd` (a fresh empty folder by default, so no developer .env is read).
 */
function runRegisterScript(
  env: Record<string, string>,
  cwd: string = mkdtempSync(join(tmpdir(), "register-")),
): Promise<{ code: number | null; out: string }> {
  const tsx = fileURLToPath(new URL("../../../node_modules/tsx/dist/cli.mjs", import.meta.url));
  const script = fileURLToPath(
    new URL("../../../src/adapters/discord/deploy-commands.ts", import.meta.url),
  );
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsx, script], {
      // Only PATH from the outside, so a DISCORD_TOKEN set in the shell can't leak in.
      env: { ...pick(process.env, "PATH"), ...env },
      cwd,
    });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (out += chunk));
    child.on("close", (code) => resolve({ code, out }));
  });
}

describe("the register script", () => {
  test("without DISCORD_TOKEN it stops with a message naming it", async () => {
    const { code, out } = await runRegisterScript({});
    expect(code).toBe(1);
    expect(out).toContain("DISCORD_TOKEN");
  });

  test("with the environment set, registers to the guild and says so", async () => {
    const { code, out } = await runRegisterScript({
      DISCORD_TOKEN: FAKE_DISCORD_TOKEN,
      DISCORD_GUILD_ID: GUILD_ID,
      DISCORD_API_URL: fake.apiUrl,
    });
    expect(out).toContain(`Registered ${COMMANDS.length} commands`);
    expect(code).toBe(0);
    expect(puts().at(-1)?.path).toBe(`/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
  });

  test("reads .env from the working directory, as npm start does", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "register-env-"));
    writeFileSync(
      join(cwd, ".env"),
      `DISCORD_TOKEN=${FAKE_DISCORD_TOKEN}\nDISCORD_GUILD_ID=${GUILD_ID}\nDISCORD_API_URL=${fake.apiUrl}\n`,
    );
    const { code, out } = await runRegisterScript({}, cwd);
    expect(out).toContain(`Registered ${COMMANDS.length} commands`);
    expect(code).toBe(0);
  });

  test("a token of the wrong shape stops it, naming the variable but never its value", async () => {
    const { code, out } = await runRegisterScript({
      DISCORD_TOKEN: "abc",
      DISCORD_API_URL: fake.apiUrl,
    });
    expect(code).toBe(1);
    expect(out).toContain("DISCORD_TOKEN: is not a Discord bot token");
    expect(out).not.toContain("abc");
  });
});
