import { describe, expect, test } from "vitest";
import { crossCheckKnowledge } from "../../../src/core/knowledge/cross-check.js";
import { mergeKnowledge } from "../../../src/core/knowledge/merge-knowledge.js";
import type { ArticleKnowledge } from "../../../src/core/knowledge/schema.js";

const article = (origin: "curated" | "ingested", title: string): ArticleKnowledge["article"] => ({
  id: "busan",
  title,
  source: "The Post",
  origin,
  paragraphs: [{ n: 1, text: "Kin Phea said 9,000 Cambodians live in Busan." }],
});
const fact = (id: string, answer: string, entities: string[] = []) => ({
  id,
  paragraph: 1,
  answerType: "number" as const,
  answer,
  statement: answer,
  evidence: "Kin Phea said 9,000 Cambodians live in Busan.",
  questions: ["How many?"],
  entities,
  keywords: [],
});

const ingested: ArticleKnowledge = {
  article: article("ingested", "Kin Phea said 9,000 Cambodians live in Busan"),
  entities: [
    { id: "kin-phea", type: "person", name: "Kin Phea", aliases: ["Phea", "Kin"] },
    { id: "busan-city", type: "place", name: "Busan city", aliases: [] },
  ],
  facts: [fact("p1-number-9000", "9,000"), fact("p1-place-busan", "Busan", ["busan-city"])],
  quotes: [
    {
      id: "p1-reported-kin-phea-said",
      speaker: "kin-phea",
      text: "9,000 Cambodians live in Busan",
      mode: "reported",
      verb: "said",
      paragraph: 1,
    },
  ],
};
const curated: ArticleKnowledge = {
  article: article("curated", "Cambodians in Busan"),
  entities: [
    {
      id: "kin-phea",
      type: "person",
      name: "Kin Phea",
      aliases: ["Phea", "the director"],
      role: "Director",
    },
  ],
  facts: [fact("p1-number-9000", "Over 9,000")],
  quotes: [],
};

describe("mergeKnowledge", () => {
  const merged = mergeKnowledge(ingested, curated);

  test("curated entries win by id and keep their article record", () => {
    expect(merged.article.title).toBe("Cambodians in Busan");
    expect(merged.facts.find((f) => f.id === "p1-number-9000")?.answer).toBe("Over 9,000");
  });

  test("ingested entries the curators did not touch stay", () => {
    expect(merged.quotes.map((q) => q.id)).toEqual(["p1-reported-kin-phea-said"]);
    expect(merged.entities.map((e) => e.id)).toEqual(["kin-phea", "busan-city"]);
  });

  test("a curated entity keeps the ingested aliases it lacks", () => {
    const phea = merged.entities.find((e) => e.id === "kin-phea");
    expect(phea?.aliases).toEqual(["Phea", "the director", "Kin"]);
    expect(phea?.role).toBe("Director");
  });

  test("the result passes the loader's cross-checks", () => {
    expect(crossCheckKnowledge(merged)).toEqual([]);
  });

  test("drops ingested references to entities the merge no longer has", () => {
    const withoutBusan = mergeKnowledge(
      { ...ingested, entities: [ingested.entities[0] as never] },
      curated,
    );
    expect(withoutBusan.facts.find((f) => f.id === "p1-place-busan")?.entities).toEqual([]);
    expect(crossCheckKnowledge(withoutBusan)).toEqual([]);
  });

  test("keeps a curated entry exactly as written, so the loader's cross-checks can name its mistake", () => {
    const typo = fact("p1-place-busan-typo", "Busan", ["busan-cty"]);
    const merged = mergeKnowledge(ingested, { ...curated, facts: [typo] });
    expect(merged.facts.find((f) => f.id === typo.id)?.entities).toEqual(["busan-cty"]);
    expect(crossCheckKnowledge(merged).map((i) => i.field)).toEqual(["entities.0"]);
  });

  test("does not change its inputs", () => {
    const before = JSON.stringify([ingested, curated]);
    mergeKnowledge(ingested, curated);
    expect(JSON.stringify([ingested, curated])).toBe(before);
  });
});
