import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ingestArticle } from "../../src/ingest/index.js";
import { SEED_DIR } from "../fixtures/knowledge-dir.js";
import { expectValidKnowledge } from "./expect-valid-knowledge.js";

const seedPath = join(SEED_DIR, "article.txt");
const k = ingestArticle(readFileSync(seedPath, "utf8"));
const entity = (name: string) => k.entities.find((e) => e.name === name);

describe("ingesting the seed article", () => {
  test.each([
    [
      "Prak Sokhonn",
      "Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation",
      ["Sokhonn"],
    ],
    ["Oh Keo-don", "Busan city mayor", ["Oh"]],
    [
      "Kin Phea",
      "director of the Royal Academy of Cambodia’s International Relations Institute",
      ["Phea"],
    ],
    ["Hun Sen", "Prime Minister", []],
  ])("finds %s with role and aliases", (name, role, aliases) => {
    const e = entity(name);
    expect(e?.type).toBe("person");
    expect(e?.role).toBe(role);
    expect(e?.aliases).toEqual(expect.arrayContaining(aliases));
  });

  test("links RCEP to the Regional Comprehensive Economic Partnership", () => {
    expect(entity("Regional Comprehensive Economic Partnership")?.aliases).toContain("RCEP");
    expect(k.facts.find((f) => f.id === "p8-definition-rcep")?.answer).toBe(
      "Regional Comprehensive Economic Partnership",
    );
  });

  test("links Korea to South Korea and Cambodian to Cambodians", () => {
    expect(entity("South Korea")?.aliases).toContain("Korea");
    expect(entity("Cambodians")?.aliases).toContain("Cambodian");
  });

  test.each([
    ["p4-number-over-9000-cambodians", "Over 9,000 Cambodians", 4],
    ["p5-number-more-than-61000-cambodians", "More than 61,000 Cambodians", 5],
    ["p8-number-15-participating-countries", "15 participating countries", 8],
    ["p5-date-since-2007", "Since 2007", 5],
    ["p3-date-from-november-24-to-27", "From November 24 to 27", 3],
    ["p2-date-on-monday", "On Monday", 2],
  ])("finds the number or date fact %s", (id, answer, paragraph) => {
    const fact = k.facts.find((f) => f.id === id);
    expect(fact?.answer).toBe(answer);
    expect(fact?.paragraph).toBe(paragraph);
  });

  test("asks how many Cambodians, in words a user would type", () => {
    const fact = k.facts.find((f) => f.id === "p4-number-over-9000-cambodians");
    expect(fact?.questions.some((q) => /^How many Cambodians .*Busan/.test(q))).toBe(true);
    expect(fact?.entities).toEqual(expect.arrayContaining(["cambodians", "busan"]));
  });

  test("quotes Phea's two-paragraph quote verbatim, one part per paragraph", () => {
    const direct = k.quotes.filter((q) => q.mode === "direct" && q.speaker === "kin-phea");
    expect(direct.map((q) => [q.paragraph, q.text])).toEqual([
      [
        11,
        "The policy framework looks at the new south direction, in which [South] Korea moves toward counties in Southeast Asia and India.",
      ],
      [
        12,
        "This could contribute to promoting cooperation between the two countries. There are many mechanisms such as Korea-Mekong mechanism and the Korea-Asean mechanism. We think that Cambodia and Korea will have deeper bilateral ties.",
      ],
    ]);
  });

  test.each([
    [1, "prak-sokhonn", "urged"],
    [2, "prak-sokhonn", "urged"],
    [4, "prak-sokhonn", "thanked"],
    [5, "prak-sokhonn", "said"],
    [6, "prak-sokhonn", "expressed hope"],
    [8, "prak-sokhonn", "called for"],
    [9, "prak-sokhonn", "requested"],
    [10, "kin-phea", "told The Post"],
    [13, "kin-phea", "expressed hope"],
  ])("finds the reported statement in paragraph %i (%s %s)", (paragraph, speaker, verb) => {
    expect(k.quotes).toContainEqual(
      expect.objectContaining({ paragraph, speaker, verb, mode: "reported" }),
    );
  });

  test("generates who/what questions for a reported statement", () => {
    expect(k.facts.find((f) => f.id === "p1-who-urged-south-korea-to-finalise")?.answer).toBe(
      "Prak Sokhonn",
    );
    const what = k.facts.find((f) => f.id.startsWith("p1-what-prak-sokhonn-urged"));
    expect(what?.questions).toContain("What did Sokhonn urge South Korea to do?");
  });

  test("generates role questions both ways", () => {
    expect(k.facts.find((f) => f.id === "p10-role-kin-phea")?.questions).toContain(
      "Who is Kin Phea?",
    );
    expect(k.facts.find((f) => f.id === "p2-person-busan-city-mayor")?.questions).toContain(
      "Who is the mayor of Busan city?",
    );
  });

  test("titles the article from its first sentence and says so", () => {
    expect(k.article.title).toBe(
      "Prak Sokhonn urged South Korea to finalise the comprehensive economic partnership for Asean countries",
    );
    expect(k.article.titleNote).toMatch(/generated/);
    expect(k.article.source).toBe("The Post");
    expect(k.article.origin).toBe("ingested");
  });

  test("passes the schemas and cross-checks, with every evidence and quote verbatim", () => {
    expectValidKnowledge(k);
  });

  test("is deterministic", () => {
    expect(ingestArticle(readFileSync(seedPath, "utf8"))).toEqual(k);
  });
});
