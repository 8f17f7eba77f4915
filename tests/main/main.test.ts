import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { DATA_DIR, runScript } from "../cli/spawn-script.js";

// `npm start` is `tsx src/main.ts`; these run the same entry in a fresh process, from an empty
// working directory (so no developer .env is read) with every DISCORD_*/SLACK_* variable removed.

const MAIN = "src/main.ts";

// Several processes start at once on a small CI box: give them time.
describe.concurrent("npm start", { timeout: 60_000 }, () => {
  const dirs: string[] = [];
  const tempDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), "qa-bot-main-"));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  test("with no tokens chats in the terminal: banner, answer with its paragraph, exit 0 at end of input", async () => {
    const result = await runScript(MAIN, [], {
      stdin: "how many Cambodians work in Busan\n",
      env: { KB_DIR: DATA_DIR },
    });
    expect(result.code).toBe(0);
    const [banner = "", answer = ""] = result.stdout.split("ask> ");
    expect(banner).toContain("Ask me about");
    expect(banner).toContain("/help");
    expect(answer).toContain("9,000");
    expect(answer).toContain("paragraph 4");
  });

  test("a misspelt variable is warned about, naming the variable it resembles but not its value", async () => {
    const result = await runScript(MAIN, ["--data", DATA_DIR], {
      stdin: "",
      env: { DISCORD_TOKN: "MTA4NjY2MjA3NjU0MzU4NTI3Mg.GfAkE1.secret-part-0123456789abcdef" },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      "DISCORD_TOKN is not a variable the bot reads; did you mean DISCORD_TOKEN?",
    );
    expect(result.stderr).not.toContain("secret-part");
    expect(result.stdout).toContain("ask> "); // no token: the terminal chat, as before
  });

  test("/quit leaves with exit 0 even though stdin stays open", async () => {
    const result = await runScript(MAIN, ["--data", DATA_DIR], {
      onStdout: (stdout, child) => {
        if (stdout.includes("ask> ") && !stdout.includes("Bye.")) child.stdin?.write("/quit\n");
      },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Bye.");
  });

  test("SIGTERM while chatting stops it with exit 0", async () => {
    let sent = false;
    const result = await runScript(MAIN, ["--data", DATA_DIR], {
      onStdout: (stdout, child) => {
        if (!sent && stdout.includes("ask> ")) {
          sent = true;
          child.kill("SIGTERM");
        }
      },
    });
    expect(result.code).toBe(0);
  });

  test("an invalid SLACK_BOT_TOKEN stops start-up with exit 1, naming the variable", async () => {
    const result = await runScript(MAIN, ["--data", DATA_DIR], {
      stdin: "",
      env: { SLACK_BOT_TOKEN: "bad" },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("SLACK_BOT_TOKEN");
    expect(result.stdout).not.toContain("ask> ");
  });

  test("reads tokens from a .env file in the working directory", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, ".env"), "SLACK_BOT_TOKEN=bad\n");
    const result = await runScript(MAIN, ["--data", DATA_DIR], { stdin: "", cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("SLACK_BOT_TOKEN");
  });

  test("a missing knowledge directory stops start-up with exit 1, naming it", async () => {
    const missing = join(tempDir(), "no-data-here");
    const result = await runScript(MAIN, ["--data", missing], { stdin: "" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(missing);
  });

  test("an unknown flag prints the usage and exits 2", async () => {
    const result = await runScript(MAIN, ["--nope"], { stdin: "" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage: npm start");
  });
});
