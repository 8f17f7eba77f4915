import { cpSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runBuildIndex } from "../../../src/cli/build-index/run-build-index.js";
import { createKnowledgeStore } from "../../../src/data/knowledge-store.js";
import { STORED_INDEX_FILE } from "../../../src/data/stored-index.js";
import { generatedArticles, tempDir, writeArticleFolder } from "../../data/knowledge-dirs.js";
import { SEED_DIR, SEED_ID } from "../../fixtures/knowledge-dir.js";
import { memoryIo } from "../io.js";

function dataDir(): string {
  const dir = tempDir("build-index-");
  cpSync(SEED_DIR, join(dir, SEED_ID), { recursive: true });
  const [k] = generatedArticles(1);
  if (!k) throw new Error("no generated article");
  writeArticleFolder(dir, "generated", k);
  return dir;
}

const run = async (args: string[]) => {
  const m = memoryIo();
  const code = await runBuildIndex(args, m.io);
  return { code, stdout: m.stdout(), stderr: m.stderr() };
};

describe("npm run index", () => {
  test("writes every article's stored index, which start-up then reads; a second run writes none", async () => {
    const dir = dataDir();
    const first = await run(["--data", dir]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Indexed 2 articles");
    expect(first.stdout).toContain(`${join(dir, SEED_ID)}: indexed (no stored index)`);
    for (const name of [SEED_ID, "generated"])
      expect(existsSync(join(dir, name, STORED_INDEX_FILE))).toBe(true);
    expect(createKnowledgeStore(dir).startup.index).toEqual({
      stored: 2,
      built: {},
      unreadable: [],
    });

    const mtime = statSync(join(dir, SEED_ID, STORED_INDEX_FILE)).mtimeMs;
    const second = await run(["--data", dir]);
    expect(second.stdout).toContain("Indexed 0 articles");
    expect(second.stdout).toContain("2 articles already up to date");
    expect(statSync(join(dir, SEED_ID, STORED_INDEX_FILE)).mtimeMs).toBe(mtime);
  });

  test("rewrites only the article edited by hand, or all with --force", async () => {
    const dir = dataDir();
    await run(["--data", dir]);
    const file = join(dir, "generated", "article.json");
    writeFileSync(
      file,
      JSON.stringify({ ...JSON.parse(readFileSync(file, "utf8")), title: "New" }),
    );
    const edited = await run(["--data", dir]);
    expect(edited.stdout).toContain(`${join(dir, "generated")}: indexed (files changed)`);
    expect(edited.stdout).toContain("Indexed 1 article in");
    expect((await run(["--data", dir, "--force"])).stdout).toContain("Indexed 2 articles");
  });

  test("reports an invalid article naming its file, indexes the rest, and exits 1", async () => {
    const dir = dataDir();
    writeFileSync(join(dir, "generated", "facts.json"), "{ not json");
    const result = await run(["--data", dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(join(dir, "generated", "facts.json"));
    expect(result.stdout).toContain("1 article invalid, not indexed");
    expect(existsSync(join(dir, SEED_ID, STORED_INDEX_FILE))).toBe(true);
    expect(existsSync(join(dir, "generated", STORED_INDEX_FILE))).toBe(false);
  });

  test("bad usage exits 2 with the usage", async () => {
    const result = await run(["--nope"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage: npm run index");
  });
});
