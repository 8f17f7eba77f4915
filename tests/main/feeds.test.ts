import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DATA_DIR, runScript } from "../cli/spawn-script.js";
import { type FixtureWebServer, startFixtureWebServer } from "../fetch/fixture-web-server.js";

// The running bot polls FEEDS: `npm start` in the terminal, a feed served on 127.0.0.1, and a
// question about one of its articles asked once the poll has reloaded the knowledge.

let server: FixtureWebServer;
const dirs: string[] = [];
beforeAll(async () => {
  server = await startFixtureWebServer();
});
afterAll(async () => {
  await server?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("npm start with FEEDS", { timeout: 90_000 }, () => {
  test("reads the feeds at start, reports one that fails, and answers about the new articles without a restart", async () => {
    const data = mkdtempSync(join(tmpdir(), "qa-bot-feeds-"));
    dirs.push(data);
    cpSync(
      join(DATA_DIR, "cambodia-korea-busan-summit"),
      join(data, "cambodia-korea-busan-summit"),
      {
        recursive: true,
      },
    );
    let asked = false;
    const result = await runScript("src/main.ts", ["--data", data], {
      env: {
        FEEDS: `${server.base}/status/503,${server.base}/feeds/atom.xml`,
        FETCH_ALLOW_HOSTS: "127.0.0.1",
      },
      onStderr: (stderr, child) => {
        // The poll's own reload, once all its articles are written (the file watcher may reload
        // earlier, between two of them).
        if (
          !asked &&
          /"message":"knowledge reloaded".*"reason":"articles added from feeds"/.test(stderr)
        ) {
          asked = true;
          child.stdin?.end("how many beds does the wing have\n");
        }
      },
      timeoutMs: 80_000,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /"message":"feed failed; trying again at the next poll".*answered 503/,
    );
    expect(result.stderr).toMatch(/"message":"feed read".*"added":3/);
    const answer = result.stdout.split("ask> ")[1] ?? "";
    expect(answer).toContain("64 beds");
    expect(answer).toContain(
      "https://pennine-post.example/health/leeds-childrens-hospital-cancer-wing",
    );
  });
});
