import { describe, expect, test } from "vitest";
import { createEngine } from "../../../src/core/index.js";
import {
  type ArticleKnowledge,
  ArticleSchema,
  EntitiesSchema,
  FactsSchema,
} from "../../../src/core/knowledge/schema.js";
import { entityKey } from "../../../src/core/index/alias-index.js";
import { buildCorpusIndex } from "../../../src/core/search/corpus-index.js";

/** An event whose long name holds two other entities and no alias a reader would type. */
function summitArticle(): ArticleKnowledge {
  const text =
    "Leaders met at the Asean-Republic of Korea Commemorative Summit from November 24 to 27.";
  return {
    article: ArticleSchema.parse({
      id: "summit",
      title: "Summit",
      source: "Test",
      paragraphs: [{ n: 1, text }],
    }),
    entities: EntitiesSchema.parse([
      { id: "asean", type: "organisation", name: "Asean" },
      { id: "korea", type: "country", name: "South Korea", aliases: ["Korea"] },
      { id: "summit", type: "event", name: "Asean-Republic of Korea Commemorative Summit" },
    ]),
    facts: FactsSchema.parse([
      {
        id: "summit-dates",
        paragraph: 1,
        answerType: "date",
        answer: "From November 24 to 27",
        statement: "The Asean-Republic of Korea Commemorative Summit ran from November 24 to 27.",
        evidence: text,
        questions: ["When was the Asean-Republic of Korea Commemorative Summit?"],
        entities: ["summit"],
      },
    ]),
    quotes: [],
  };
}

describe("names made of other names", () => {
  test("a doc about an event is also about the entities and words inside its name", () => {
    const index = buildCorpusIndex([summitArticle()]);
    const fact = index.docs.find((d) => d.fact?.id === "summit-dates");
    expect(fact?.about.has("@asean")).toBe(true);
    expect(fact?.about.has(entityKey({ name: "South Korea" }))).toBe(true);
    expect(fact?.terms.has("summit")).toBe(true);
  });

  test("a shortened name a reader types finds the event's fact", () => {
    const engine = createEngine([summitArticle()]);
    const a = engine.answer("when was the asean korea summit");
    expect(a.answered).toBe(true);
    expect(a.refs).toEqual(["summit/summit-dates"]);
  });
});
