import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { knowledgeFiles } from "../../src/data/knowledge-files.js";
import { loadArticle, loadCorpus } from "../../src/data/load-knowledge.js";
import { FIXTURE_DATA_DIR } from "../fixtures/knowledge-dir.js";

const dir = mkdtempSync(join(tmpdir(), "qa-bot-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the files written as listed load back as the same knowledge, article.json last", () => {
  const [seed] = loadCorpus(FIXTURE_DATA_DIR);
  if (!seed) throw new Error("no seed");
  const files = knowledgeFiles(seed);
  expect(files.at(-1)?.[0]).toBe("article.json");
  for (const [name, content] of files) writeFileSync(join(dir, name), JSON.stringify(content));
  expect(loadArticle(dir)).toEqual(seed);
});
