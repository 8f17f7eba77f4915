import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { runScript } from "../spawn-script.js";

const temp = mkdtempSync(join(tmpdir(), "ingest-env-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("npm run ingest and .env", { timeout: 60_000 }, () => {
  test("KB_DIR from .env in the working directory says where articles go", async () => {
    const cwd = join(temp, "project");
    cpSync("tests/fixtures/articles/gdansk-marathon.txt", join(cwd, "story.txt"), {
      recursive: true,
    });
    writeFileSync(join(cwd, ".env"), "KB_DIR=knowledge\nKB_DIRR=typo\n");
    const result = await runScript("src/cli/ingest.ts", ["story.txt"], { cwd });
    expect(result.code).toBe(0);
    expect(existsSync(join(cwd, "knowledge"))).toBe(true);
    expect(existsSync(join(cwd, "data"))).toBe(false);
    expect(result.stderr).toContain(
      "KB_DIRR is not a variable the bot reads; did you mean KB_DIR?",
    );
  });
});
