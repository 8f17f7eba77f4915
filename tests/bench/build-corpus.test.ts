import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { buildSyntheticCorpus, ingestTexts } from "../../src/bench/build-corpus.js";
import { expectValidKnowledge } from "../ingest/expect-valid-knowledge.js";

const fixture = fileURLToPath(new URL("../fixtures/articles/gdansk-marathon.txt", import.meta.url));
const base = ingestTexts([{ text: readFileSync(fixture, "utf8") }]);

describe("buildSyntheticCorpus", () => {
  test("starts with the given articles and fills up to n with unique ids", () => {
    const corpus = buildSyntheticCorpus(50, base);
    expect(corpus).toHaveLength(50);
    expect(corpus[0]).toBe(base[0]);
    expect(new Set(corpus.map((k) => k.article.id)).size).toBe(50);
  });

  test("is deterministic for a seed and varies with it", () => {
    const titles = (seed: number) => buildSyntheticCorpus(20, [], seed).map((k) => k.article.title);
    expect(titles(7)).toEqual(titles(7));
    expect(titles(7)).not.toEqual(titles(8));
  });

  test("every generated article passes the schemas, cross-checks and verbatim checks", () => {
    for (const k of buildSyntheticCorpus(200, [], 3)) {
      expectValidKnowledge(k);
    }
  });

  test("builds 10,000 articles (how fast is for npm run bench to say, not a test)", () => {
    const corpus = buildSyntheticCorpus(10_000, base);
    expect(corpus).toHaveLength(10_000);
    expect(new Set(corpus.map((k) => k.article.id)).size).toBe(10_000);
  });

  test("a city has one mayor, whichever article names it", () => {
    const mayors = new Map<string, Set<string>>();
    for (const k of buildSyntheticCorpus(300, [], 9)) {
      for (const e of k.entities) {
        if (!e.role?.endsWith(" mayor")) continue;
        mayors.set(e.role, (mayors.get(e.role) ?? new Set()).add(e.name));
      }
    }
    expect(mayors.size).toBeGreaterThan(10);
    for (const names of mayors.values()) expect(names.size).toBe(1);
  });

  test("n smaller than the base keeps the first n", () => {
    expect(buildSyntheticCorpus(0, base)).toEqual([]);
  });
});
