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

describe("a named owner's role, said both ways", () => {
  const k = ingestArticle(
    "Atlantica Power chief executive Daniel Okafor spoke first. Joana Pires, president of the Porto Novo Fishermen's Association, objected. Opposition lawmaker Rui Matos agreed. Miguel Santos, a marine biologist at the University of Coimbra, was not asked.",
  );
  const aliasesOf = (name: string) => k.entities.find((e) => e.name === name)?.aliases ?? [];

  test("'Atlantica Power chief executive' is also 'chief executive of Atlantica Power'", () => {
    expect(aliasesOf("Daniel Okafor")).toContain("chief executive of Atlantica Power");
  });

  test("'president of the Porto Novo Fishermen's Association' is also the association's president", () => {
    expect(aliasesOf("Joana Pires")).toContain("Porto Novo Fishermen's Association president");
  });

  test("an owner the article does not name, or a role with a preposition, is left alone", () => {
    expect(aliasesOf("Rui Matos").some((a) => a.includes(" of "))).toBe(false);
    expect(aliasesOf("Miguel Santos").some((a) => a.startsWith("Coimbra"))).toBe(false);
  });

  test("a question asking the role of the owner finds the person", () => {
    const engine = createEngine([k]);
    expect(engine.answer("who is the chief executive of atlantica power?").short).toBe(
      "Daniel Okafor",
    );
  });
});
