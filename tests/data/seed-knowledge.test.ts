import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { loadCorpus } from "../../src/data/load-knowledge.js";
import { FIXTURE_DATA_DIR, SEED_DIR } from "../fixtures/knowledge-dir.js";

/**
 * Faithfulness of the curated seed article: every quote, every piece of evidence and every
 * number or name in an answer must stand in the article, so the bot never puts words in anyone's mouth.
 */

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const ARTICLE_ID = "cambodia-korea-busan-summit";
const articleDir = SEED_DIR;
// CI clones the repo with the shared folder beside it; a bare checkout may not have it.
const sharedSeed = join(repoRoot, "..", "shared", "seed", "article.txt");

const corpus = loadCorpus(FIXTURE_DATA_DIR);
const seed = corpus.find((k) => k.article.id === ARTICLE_ID);
if (!seed) throw new Error(`the corpus has no article "${ARTICLE_ID}"`);
const { article, entities, facts, quotes } = seed;
const articleText = readFileSync(join(articleDir, "article.txt"), "utf8");

const paragraphText = (n: number): string => {
  const p = article.paragraphs.find((x) => x.n === n);
  if (!p) throw new Error(`no paragraph ${n}`);
  return p.text;
};

/** Words as the checks below compare them: letters/digits, keeping inner hyphens and apostrophes. */
const words = (text: string): string[] => text.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
/** Numbers as written: 9,000 / 4.0 / 2007. */
const numbers = (text: string): string[] => text.match(/\d+(?:[.,]\d+)*/g) ?? [];
const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Capitalised words of an answer the paragraph lacks; the first word only needs to appear in any case. */
function namesMissingFrom(answer: string, paragraph: string): string[] {
  const exact = new Set(words(paragraph));
  const lower = new Set(words(paragraph).map((w) => w.toLowerCase()));
  return words(answer).filter((w, i) => {
    if (!isCapitalised(w)) return false;
    return i === 0 ? !lower.has(w.toLowerCase()) : !exact.has(w);
  });
}

describe("seed article text", () => {
  const hasShared = existsSync(sharedSeed);
  test.skipIf(!hasShared)(
    hasShared
      ? "article.txt is byte-for-byte the shared seed copy"
      : `article.txt is byte-for-byte the shared seed copy (SKIPPED: ${sharedSeed} not found; clone the repo with ../shared beside it to run this)`,
    () => {
      expect(articleText).toBe(readFileSync(sharedSeed, "utf8"));
    },
  );

  test("article.json paragraphs are the blank-line-separated blocks of article.txt, in order", () => {
    const blocks = articleText
      .split(/\r?\n[ \t]*\r?\n/)
      .map((b) => b.trim())
      .filter((b) => b.length > 0);
    expect(article.paragraphs.map((p) => p.text)).toEqual(blocks);
    expect(article.paragraphs.map((p) => p.n)).toEqual(blocks.map((_, i) => i + 1));
  });

  test("the article has the 14 paragraphs the curation was written against", () => {
    expect(article.paragraphs).toHaveLength(14);
  });
});

describe("quotes", () => {
  test.each(quotes.map((q) => [q.id, q] as const))(
    "%s stands verbatim in its paragraph",
    (_, q) => {
      expect(paragraphText(q.paragraph)).toContain(q.text);
    },
  );

  test.each(quotes.map((q) => [q.id, q] as const))(
    "%s has no surrounding quotation marks",
    (_, q) => {
      expect(q.text).not.toMatch(/^["“”]|["“”]$/);
    },
  );
});

describe("facts", () => {
  test.each(facts.map((f) => [f.id, f] as const))(
    "%s: evidence stands verbatim in its paragraph",
    (_, f) => {
      expect(paragraphText(f.paragraph)).toContain(f.evidence);
    },
  );

  test.each(facts.map((f) => [f.id, f] as const))(
    "%s: every number in the answer appears in its paragraph",
    (_, f) => {
      const inParagraph = new Set(numbers(paragraphText(f.paragraph)));
      expect(numbers(f.answer).filter((n) => !inParagraph.has(n))).toEqual([]);
    },
  );

  test.each(facts.map((f) => [f.id, f] as const))(
    "%s: every capitalised name in the answer appears in its paragraph",
    (_, f) => {
      expect(namesMissingFrom(f.answer, paragraphText(f.paragraph))).toEqual([]);
    },
  );

  test.each(facts.map((f) => [f.id, f] as const))(
    "%s: answers at least 3 differently-worded questions",
    (_, f) => {
      expect(f.questions.length).toBeGreaterThanOrEqual(3);
      const distinct = new Set(f.questions.map((q) => q.toLowerCase().trim()));
      expect(distinct.size).toBe(f.questions.length);
    },
  );

  test("the name check catches a name the paragraph lacks", () => {
    expect(namesMissingFrom("Prak Sokhonn", paragraphText(2))).toEqual(["Prak", "Sokhonn"]);
    expect(namesMissingFrom("Over 9,000 Cambodians", paragraphText(4))).toEqual([]);
  });
});

describe("coverage and references", () => {
  test("every paragraph is covered by at least one fact or quote", () => {
    const covered = new Set([...facts, ...quotes].map((x) => x.paragraph));
    const uncovered = article.paragraphs.map((p) => p.n).filter((n) => !covered.has(n));
    expect(uncovered).toEqual([]);
  });

  test("fact and quote ids never collide, so an eval expectation names one thing", () => {
    const factIds = new Set(facts.map((f) => f.id));
    expect(quotes.filter((q) => factIds.has(q.id)).map((q) => q.id)).toEqual([]);
  });

  test("quote speakers are people from entities.json", () => {
    const people = new Set(entities.filter((e) => e.type === "person").map((e) => e.id));
    expect(quotes.filter((q) => !people.has(q.speaker)).map((q) => q.id)).toEqual([]);
  });

  test("every entity is named in the article by its name or one of its aliases", () => {
    const text = articleText.toLowerCase();
    const unnamed = entities
      .filter((e) => ![e.name, ...e.aliases].some((n) => text.includes(n.toLowerCase())))
      .map((e) => e.id);
    expect(unnamed).toEqual([]);
  });

  test("every entity is used by at least one fact or quote", () => {
    const used = new Set([...facts.flatMap((f) => f.entities), ...quotes.map((q) => q.speaker)]);
    expect(entities.filter((e) => !used.has(e.id)).map((e) => e.id)).toEqual([]);
  });
});
