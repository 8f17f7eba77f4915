import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { FAKE_DISCORD_TOKEN } from "../adapters/discord/fake-discord/start-bot.js";
import { DATA_DIR, runScript } from "../cli/spawn-script.js";

// `npm start` with tokens: the adapters talk to a fake Discord / Slack API that this test serves
// on 127.0.0.1, so nothing reaches the internet.

const MAIN = "src/main.ts";
const requests: string[] = [];
let api: Server;
let apiUrl = "";

/** Slack accepts the token "xoxb-good"; Discord rejects every token. */
function reply(req: IncomingMessage, body: string): { status: number; json: object } {
  if (req.url?.includes("auth.test")) {
    return body.includes("xoxb-good") || String(req.headers.authorization).includes("xoxb-good")
      ? { status: 200, json: { ok: true, user_id: "U1", bot_id: "B1", team_id: "T1", user: "bot" } }
      : { status: 200, json: { ok: false, error: "invalid_auth" } };
  }
  return { status: 401, json: { message: "401: Unauthorized", code: 0 } };
}

beforeAll(async () => {
  api = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      requests.push(`${req.method} ${req.url}`);
      const { status, json } = reply(req, body);
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => api.close(() => resolve())));

/** A port that was free a moment ago: Slack's HTTP receiver cannot be given port 0 through PORT. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("npm start with tokens", { timeout: 60_000 }, () => {
  test("a Discord token the API rejects stops start-up with exit 1 and the reason", async () => {
    const result = await runScript(MAIN, ["--data", DATA_DIR], {
      stdin: "",
      env: { DISCORD_TOKEN: FAKE_DISCORD_TOKEN, DISCORD_API_URL: `${apiUrl}/api` },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Failed to start");
    expect(result.stdout).not.toContain("ask> "); // no terminal chat when a platform is configured
    expect(requests.some((r) => r.includes("/gateway/bot"))).toBe(true);
  });

  test("a Slack token the API rejects stops start-up with exit 1", async () => {
    const result = await runScript(MAIN, ["--data", DATA_DIR], {
      stdin: "",
      env: {
        SLACK_BOT_TOKEN: "xoxb-rejected",
        SLACK_SIGNING_SECRET: "a-signing-secret",
        SLACK_API_URL: `${apiUrl}/api/`,
        PORT: String(await freePort()),
      },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Failed to start");
    expect(result.stderr).toContain("invalid_auth");
  });

  test("runs the Slack app until SIGTERM, then stops it and exits 0", async () => {
    let signalled = false;
    const result = await runScript(MAIN, ["--data", DATA_DIR], {
      env: {
        SLACK_BOT_TOKEN: "xoxb-good",
        SLACK_SIGNING_SECRET: "a-signing-secret",
        SLACK_API_URL: `${apiUrl}/api/`,
        PORT: String(await freePort()),
      },
      onStderr: (stderr, child) => {
        if (!signalled && stderr.includes('"message":"running"')) {
          signalled = true;
          child.kill("SIGTERM");
        }
      },
    });
    expect(signalled).toBe(true);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("ask> ");
    expect(result.stderr).toContain("Slack adapter stopped");
  });
});
