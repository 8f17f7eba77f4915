import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { crossCheckKnowledge } from "../../src/core/knowledge/cross-check.js";
import { FactsSchema, QuotesSchema } from "../../src/core/knowledge/schema.js";
import { findVerbatimProblems, ingestArticle } from "../../src/ingest/index.js";

const dir = fileURLToPath(new URL("../fixtures/articles/", import.meta.url));
const ingest = (name: string) => ingestArticle(readFileSync(`${dir}${name}.txt`, "utf8"));

const FIXTURES = [
  {
    name: "porto-novo-wind-farm",
    title: "Porto Novo offshore wind farm approved after three-year dispute",
    people: {
      "Ana Ferreira": "Maritime Affairs Minister",
      "Miguel Santos": "marine biologist at the University of Coimbra",
      "Joana Pires": "president of the Porto Novo Fishermen’s Association",
      "Daniel Okafor": "Atlantica Power chief executive",
      "Rui Matos": "Opposition lawmaker",
    },
    acronym: ["EIA", "Environmental Impact Assessment"],
    spanning: ["miguel-santos", 6, 7],
  },
  {
    name: "riverside-childrens-cancer-wing",
    title: "Leeds children’s hospital opens new cancer wing",
    people: {
      "Priya Raman": "Health Secretary",
      "Helen Achebe": "head of paediatric oncology at Riverside Children’s Hospital",
      "Samuel Oduya": "chair of the trust",
      "Mark Ellison": "hospital’s chief executive",
    },
    acronym: ["CCRT", "Childhood Cancer Research Trust"],
    spanning: ["helen-achebe", 6, 7],
  },
  {
    name: "gdansk-marathon",
    title: "Record field of 18,500 runners for Gdansk Marathon",
    people: {
      "Marta Kowalska": "race director",
      "Peter Kiprono": "Defending champion",
      "Aleksandra Nowicka": "Gdansk mayor",
      "Ewa Zielinska": "Polish runner",
    },
    acronym: ["AIMS", "Association of International Marathons and Distance Races"],
    spanning: ["marta-kowalska", 7, 8],
  },
] as const;

describe.each(FIXTURES)("ingesting the fixture $name", (fixture) => {
  const k = ingest(fixture.name);

  test("takes the plain-text headline as the title", () => {
    expect(k.article.title).toBe(fixture.title);
    expect(k.article.titleNote).toBeUndefined();
  });

  test("finds every person with the role the text gives", () => {
    for (const [name, role] of Object.entries(fixture.people)) {
      expect(
        k.entities.find((e) => e.name === name),
        name,
      ).toEqual(expect.objectContaining({ type: "person", role }));
    }
  });

  test("links the acronym to its expansion", () => {
    const [acronym, expansion] = fixture.acronym;
    expect(k.entities.find((e) => e.name === expansion)?.aliases).toContain(acronym);
  });

  test("attributes the quote that spans two paragraphs to one speaker", () => {
    const [speaker, first, second] = fixture.spanning;
    const parts = k.quotes
      .filter((q) => q.mode === "direct" && q.speaker === speaker)
      .map((q) => q.paragraph);
    expect(parts).toEqual(expect.arrayContaining([first, second]));
  });

  test("finds reported statements and numbers with what they count", () => {
    expect(k.quotes.filter((q) => q.mode === "reported").length).toBeGreaterThanOrEqual(5);
    expect(k.facts.filter((f) => f.answerType === "number").length).toBeGreaterThanOrEqual(5);
    expect(k.facts.filter((f) => f.answerType === "date").length).toBeGreaterThanOrEqual(3);
  });

  test("writes valid, verbatim knowledge", () => {
    expect(FactsSchema.safeParse(k.facts).success).toBe(true);
    expect(QuotesSchema.safeParse(k.quotes).success).toBe(true);
    expect(crossCheckKnowledge(k)).toEqual([]);
    expect(findVerbatimProblems(k)).toEqual([]);
  });

  test("its eval file refers only to ids the ingester generates, with enough questions", () => {
    const ids = new Set([...k.facts.map((f) => f.id), ...k.quotes.map((q) => q.id)]);
    const lines = readFileSync(`${dir}${fixture.name}.questions.jsonl`, "utf8").trim().split("\n");
    const items = lines.map(
      (l) => JSON.parse(l) as { question: string; expect: string[]; type: string },
    );
    for (const item of items)
      for (const id of item.expect) expect(ids, `${item.question} → ${id}`).toContain(id);
    expect(items.filter((i) => i.expect.length > 0).length).toBeGreaterThanOrEqual(25);
    expect(items.filter((i) => i.expect.length === 0).length).toBeGreaterThanOrEqual(10);
  });
});
