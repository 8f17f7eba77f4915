import type { ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { runScript } from "../cli/spawn-script.js";
import { generatedArticles, writeArticleFolder } from "../data/knowledge-dirs.js";
import { SEED_DIR, SEED_ID } from "../fixtures/knowledge-dir.js";

// `npm start` as a real process: new articles reach the running terminal chat without a restart,
// through SIGHUP (watcher off) and through the file watcher (the default).

const [added] = generatedArticles(1);
if (!added) throw new Error("no generated article");

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  // Not knowledge-dirs' tempDir: its afterEach would remove a concurrent test's directory.
  const dir = mkdtempSync(join(tmpdir(), "qa-bot-live-"));
  dirs.push(dir);
  cpSync(SEED_DIR, join(dir, SEED_ID), { recursive: true });
  return dir;
}

/** Drives the chat step by step: each step runs once, when its condition first holds. */
function steps(
  list: { when: (out: string, err: string) => boolean; run: (child: ChildProcess) => void }[],
) {
  let next = 0;
  let out = "";
  let err = "";
  const advance = (child: ChildProcess): void => {
    while (next < list.length && list[next]?.when(out, err)) list[next++]?.run(child);
  };
  return {
    onStdout: (stdout: string, child: ChildProcess) => {
      out = stdout;
      advance(child);
    },
    onStderr: (stderr: string, child: ChildProcess) => {
      err = stderr;
      advance(child);
    },
  };
}

describe.concurrent("live reload of a running bot", { timeout: 60_000 }, () => {
  test("SIGHUP reloads the knowledge directory; the chat then knows the new article", async () => {
    const dir = dataDir();
    const result = await runScript("src/main.ts", ["--data", dir], {
      env: { KB_WATCH: "off" },
      ...steps([
        {
          when: (out) => out.includes("ask> "),
          run: (child) => {
            writeArticleFolder(dir, "added", added);
            // With the watcher off, nothing happens until the signal.
            setTimeout(() => child.kill("SIGHUP"), 1_000);
          },
        },
        {
          when: (_, err) => err.includes("knowledge reloaded"),
          run: (child) => child.stdin?.write("/about\n"),
        },
        {
          when: (out) => out.includes("I know 2 articles"),
          run: (child) => child.stdin?.end("/quit\n"),
        },
      ]),
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('"reason":"SIGHUP"');
    expect(result.stderr).toContain('"added":["added"]');
    expect(result.stdout).toContain("I know 2 articles");
    expect(result.stdout).toContain(added.article.title);
    expect(result.stderr.match(/knowledge reloaded/g)).toHaveLength(1);
  });

  test("the watcher picks up an article written into the data directory within 5 s", async () => {
    const dir = dataDir();
    let addedAt = 0;
    let seenAfterMs = Number.NaN;
    const result = await runScript("src/main.ts", ["--data", dir], {
      ...steps([
        {
          when: (out, err) => out.includes("ask> ") && err.includes("live reload on"),
          run: () => {
            writeArticleFolder(dir, "added", added);
            addedAt = Date.now();
          },
        },
        {
          when: (_, err) => err.includes("knowledge reloaded"),
          run: (child) => {
            seenAfterMs = Date.now() - addedAt;
            child.stdin?.end("/about\n");
          },
        },
      ]),
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('"reason":"files changed"');
    expect(result.stdout).toContain("I know 2 articles");
    expect(seenAfterMs).toBeLessThan(5_000);
  });
});
