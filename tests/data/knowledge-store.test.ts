import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createKnowledgeStore } from "../../src/data/knowledge-store.js";
import { SEED_DIR } from "../fixtures/knowledge-dir.js";

describe("createKnowledgeStore", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const copyOfSeed = (): string => {
    const dir = mkdtempSync(join(tmpdir(), "store-"));
    dirs.push(dir);
    cpSync(SEED_DIR, join(dir, "seed"), { recursive: true });
    return dir;
  };

  it("swaps in knowledge that changed on disk", () => {
    const dir = copyOfSeed();
    const store = createKnowledgeStore(dir);
    const file = join(dir, "seed", "article.json");
    const article = JSON.parse(readFileSync(file, "utf8"));
    writeFileSync(file, JSON.stringify({ ...article, title: "Retitled for the test" }));
    expect(store.reload()).toEqual({ ok: true, articles: 1 });
    expect(store.engine.about().articles[0]?.title).toBe("Retitled for the test");
  });

  it("keeps answering from the old knowledge when the new is invalid", () => {
    const dir = copyOfSeed();
    const store = createKnowledgeStore(dir);
    const title = store.engine.about().articles[0]?.title;
    writeFileSync(join(dir, "seed", "facts.json"), "{ not json");
    const result = store.reload();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain("facts.json");
    expect(store.engine.about().articles[0]?.title).toBe(title);
    expect(store.engine.answer("how many cambodians work in busan").answered).toBe(true);
  });
});
