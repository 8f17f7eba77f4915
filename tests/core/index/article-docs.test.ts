import { describe, expect, test } from "vitest";
import { termOf } from "../../../src/core/analyze/term.js";
import { buildArticleDocs } from "../../../src/core/index/article-docs.js";
import { buildCorpusIndex } from "../../../src/core/index/corpus-index.js";
import { type ArticleSpec, article } from "../signal-input.js";

const spec: ArticleSpec = {
  id: "flood-wall",
  paragraphs: [
    "The council voted on Thursday. Mayor Ana Lopez said the wall would cost $40 million, representing Delta Works.",
    "“It will hold,” Lopez said.",
  ],
  entities: [
    { id: "ana-lopez", type: "person", name: "Ana Lopez", aliases: ["Lopez"], role: "mayor" },
    { id: "delta-works", type: "organisation", name: "Delta Works" },
  ],
  facts: [
    {
      id: "wall-cost",
      paragraph: 1,
      answerType: "number",
      answer: "$40 million",
      statement: "The flood wall will cost $40 million.",
      evidence: "Mayor Ana Lopez said the wall would cost $40 million, representing Delta Works.",
      questions: ["How much will the flood wall cost?", "What is the price of the barrier?"],
      entities: ["ana-lopez"],
      keywords: ["budget"],
    },
  ],
  quotes: [
    { id: "hold", speaker: "ana-lopez", text: "It will hold,", mode: "direct", paragraph: 2 },
    {
      id: "cost-claim",
      speaker: "ana-lopez",
      text: "the wall would cost $40 million",
      mode: "reported",
      verb: "said",
      paragraph: 1,
    },
  ],
};
const knowledge = article(spec);
const { docs, sentences } = buildArticleDocs(knowledge, 0, buildCorpusIndex([knowledge]).aliases);
const byRef = (ref: string) => docs.find((d) => d.ref === ref && d.kind !== "sentence");

describe("buildArticleDocs", () => {
  test("splits the paragraphs into sentences, numbered through the article", () => {
    expect(sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [1, "The council voted on Thursday."],
      [1, "Mayor Ana Lopez said the wall would cost $40 million, representing Delta Works."],
      [2, "“It will hold,” Lopez said."],
    ]);
    expect(sentences[1]?.terms).toContain(termOf("million"));
  });

  test("makes one doc per sentence, fact and quote", () => {
    expect(docs.map((d) => `${d.kind}:${d.ref}:${d.sentence}`).sort()).toEqual(
      [
        "fact:wall-cost:1",
        "quote:hold:2",
        "quote:cost-claim:1",
        "sentence:p1:0",
        "sentence:p1:1",
        "sentence:p2:2",
      ].sort(),
    );
  });

  test("a fact is found by its phrasings, statement, answer, keywords and its entities' names and roles", () => {
    const fact = byRef("wall-cost");
    for (const word of ["price", "barrier", "flood", "budget", "million", "mayor"])
      expect(fact?.bag.has(termOf(word)), word).toBe(true);
    expect(fact?.phrasings).toHaveLength(2);
    expect(fact?.answerTerms).toEqual([termOf("40"), termOf("million")]);
    expect(fact?.text).toBe(knowledge.facts[0]?.evidence);
  });

  test("a fact is about its declared entities, not those its evidence names in passing", () => {
    const fact = byRef("wall-cost");
    expect(fact?.subject).toBe("@ana_lopez");
    expect([...(fact?.about ?? [])]).toEqual(["@ana_lopez"]);
    expect(fact?.entities.has("@delta_works")).toBe(true);
  });

  test("a quote knows its speaker; reported words are shown in their whole sentence", () => {
    expect(byRef("hold")).toMatchObject({ speaker: "@ana_lopez", text: "It will hold," });
    expect(byRef("cost-claim")?.text).toBe(sentences[1]?.text);
    expect(byRef("hold")?.bag.has(termOf("mayor"))).toBe(true);
  });

  test("a sentence is about the entities it names", () => {
    const sentence = docs.find((d) => d.kind === "sentence" && d.sentence === 1);
    expect([...(sentence?.about ?? [])].sort()).toEqual(["@ana_lopez", "@delta_works"]);
    expect(sentence?.textTerms).toEqual(sentences[1]?.terms);
  });

  test("counts each term in the bag and the bag's length for BM25", () => {
    const sentence = docs.find((d) => d.kind === "sentence" && d.sentence === 0);
    expect(sentence?.bag.get(termOf("council"))).toBe(1);
    const total = [...(sentence?.bag.values() ?? [])].reduce((a, b) => a + b, 0);
    expect(sentence?.length).toBe(total);
  });

  test("marks docs of a curated article as curated, and of an ingested one as not", () => {
    expect(docs.every((d) => d.curated)).toBe(true);
    const ingested = article({ ...spec, origin: "ingested" });
    const built = buildArticleDocs(ingested, 0, buildCorpusIndex([ingested]).aliases);
    expect(built.docs.some((d) => d.curated)).toBe(false);
  });
});
