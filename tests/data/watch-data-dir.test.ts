import { writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type DataDirWatcher, watchDataDir } from "../../src/data/watch-data-dir.js";
import { openLedger } from "../../src/web-ingest/ledger.js";
import { generatedArticles, tempDir, writeArticleFolder } from "./knowledge-dirs.js";

// The web ledger sits beside the article folders and is rewritten (a temp file renamed over it)
// at every web ingest and feed poll: its writes must not look like a change of knowledge.

const watchers: DataDirWatcher[] = [];
afterEach(async () => {
  for (const w of watchers.splice(0)) await w.close();
});

async function until(probe: () => boolean, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > end) throw new Error("timed out waiting for a file event");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("watchDataDir", { timeout: 20_000 }, () => {
  it("ignores web-ledger.json and its temp copies, and still sees an article written after them", async () => {
    const dir = tempDir("watch-");
    const seen: string[] = [];
    let ready = false;
    watchers.push(
      watchDataDir(
        dir,
        (path) => {
          if (path === dir) ready = true;
          else seen.push(path);
        },
        (error) => {
          throw error;
        },
      ),
    );
    await until(() => ready);
    const ledger = openLedger(dir);
    for (let i = 0; i < 3; i++)
      ledger.record({ urls: [`https://news.example/${i}`], refused: "not an article" });
    writeFileSync(join(dir, "web-ledger.json.123-456.tmp"), "{}");
    const [article] = generatedArticles(1);
    if (!article) throw new Error("no generated article");
    writeArticleFolder(dir, "added", article);
    await until(() => seen.some((p) => p.endsWith("article.json")));
    expect(seen.filter((p) => basename(p).startsWith("web-ledger.json"))).toEqual([]);
  });
});
