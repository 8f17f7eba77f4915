import { chmodSync, cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadCorpus } from "../../src/data/load-knowledge.js";
import { scanDataDir } from "../../src/data/scan-data-dir.js";
import { runScript, unprivileged } from "../cli/spawn-script.js";
import { SEED_DIR, SEED_ID } from "../fixtures/knowledge-dir.js";
import { tempDir } from "./knowledge-dirs.js";

/** A data directory holding a copy of the seed article. */
function dataDirWithSeed(): string {
  const dir = tempDir("scan-");
  cpSync(SEED_DIR, join(dir, SEED_ID), { recursive: true });
  return dir;
}

describe("scanDataDir and loadCorpus: a skipped folder is never silent", () => {
  test("a symbolic link to an article folder is reported, not followed", () => {
    const dir = dataDirWithSeed();
    const elsewhere = tempDir("scan-target-");
    cpSync(SEED_DIR, join(elsewhere, "linked"), { recursive: true });
    symlinkSync(join(elsewhere, "linked"), join(dir, "linked"));
    const warnings: string[] = [];
    const corpus = loadCorpus(dir, { onSkipped: (m) => warnings.push(m) });
    expect(corpus.map((k) => k.article.id)).toEqual([SEED_ID]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(join(dir, "linked"));
    expect(warnings[0]).toContain("symbolic link");
  });

  test("a folder without article.json is reported; hidden ingest temp folders are not", () => {
    const dir = dataDirWithSeed();
    mkdirSync(join(dir, "half-copied"));
    mkdirSync(join(dir, ".next-article.ingest-123-456-abc"));
    const { folders, skipped } = scanDataDir(dir);
    expect(folders.map((f) => f.name)).toEqual([SEED_ID]);
    expect(skipped).toEqual([expect.stringContaining(`${join(dir, "half-copied")}: skipped`)]);
  });

  test("the signature of an article changes when one of its files is rewritten", () => {
    const dir = dataDirWithSeed();
    const before = scanDataDir(dir).folders[0]?.signature;
    expect(scanDataDir(dir).folders[0]?.signature).toBe(before);
    const facts = join(dir, SEED_ID, "facts.json");
    writeFileSync(facts, readFileSync(facts));
    expect(scanDataDir(dir).folders[0]?.signature).not.toBe(before);
  });
});

// Permissions: root reads everything, so these run the CLI as `nobody` when the tests run as root.
describe("unreadable folders", { timeout: 60_000 }, () => {
  const user = unprivileged();
  const shareable = (dir: string): string => {
    chmodSync(dir, 0o755);
    return dir;
  };

  test("an unreadable article folder is skipped with a warning naming it; the rest still answers", async () => {
    const dir = shareable(dataDirWithSeed());
    const locked = join(dir, "locked-article");
    cpSync(SEED_DIR, locked, { recursive: true });
    chmodSync(locked, 0o000);
    const result = await runScript(
      "src/cli/ask.ts",
      ["--data", dir, "how many Cambodians work in Busan"],
      {
        ...(user ? { user } : {}),
      },
    );
    chmodSync(locked, 0o755);
    expect(result.stderr).toContain(
      `${locked}: skipped: the folder cannot be read (permission denied)`,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("9,000");
  });

  test("an unreadable data folder stops with a clear message and exit 1, without a stack trace", async () => {
    const dir = shareable(dataDirWithSeed());
    chmodSync(dir, 0o000);
    const result = await runScript("src/main.ts", ["--data", dir], {
      stdin: "",
      ...(user ? { user } : {}),
    });
    chmodSync(dir, 0o755);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `The knowledge directory ${dir} cannot be read (permission denied)`,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
