import { describe, expect, test } from "vitest";
import { createEngine } from "../../src/core/index.js";
import { ingestArticle } from "../../src/ingest/index.js";

const text = [
  "The council voted on Thursday to build new cycle lanes.",
  "The council's transport chief, Marta Soler, said construction would begin in March.",
].join("\n\n");

describe("roles held for someone", () => {
  test("'the council's transport chief' is also 'transport chief'", () => {
    const soler = ingestArticle(text).entities.find((e) => e.name === "Marta Soler");
    expect(soler?.aliases).toContain("transport chief");
  });

  test("a question naming the role without its owner finds the person", () => {
    const engine = createEngine([ingestArticle(text)]);
    expect(engine.answer("who is the transport chief").short).toBe("Marta Soler");
  });
});

describe("a role word before a name", () => {
  test("makes a person of a name the tagger reads as a place", () => {
    const k = ingestArticle("Busan mayor Park Min-ji said 4,000 workers live in the city.");
    expect(k.entities.find((e) => e.name === "Park Min-ji")?.type).toBe("person");
  });
});

describe("organisations named after what they do", () => {
  const k = ingestArticle(
    "Czech carmaker Skoda Auto will build a plant, chief executive Klaus Zellmer said. Opposition lawmaker Rui Matos objected.",
  );
  const typeOf = (name: string) => k.entities.find((e) => e.name === name)?.type;

  test("a carmaker is a company, a lawmaker a person", () => {
    expect(typeOf("Skoda Auto")).toBe("organisation");
    expect(typeOf("Rui Matos")).toBe("person");
  });

  test("'the CEO' is the chief executive the article names", () => {
    expect(createEngine([k]).answer("who is the ceo of skoda").short).toBe("Klaus Zellmer");
  });
});
