import { describe, expect, test } from "vitest";
import { fitsAcronym } from "../../src/ingest/find-names.js";
import { ingestArticle } from "../../src/ingest/index.js";

const entities = (text: string) => ingestArticle(text).entities;
const entity = (text: string, name: string) => entities(text).find((e) => e.name === name);

describe("names, roles and aliases", () => {
  test.each([
    [
      "a title before the name",
      "Health Secretary Priya Raman opened a wing on Friday.",
      "Priya Raman",
      "Health Secretary",
    ],
    [
      "lower-case role words before the name",
      "The plan was backed by Busan city mayor Oh Keo-don on Monday.",
      "Oh Keo-don",
      "Busan city mayor",
    ],
    [
      "an apposition",
      "Kin Phea, the director of the Royal Academy of Cambodia’s International Relations Institute, told The Post that ties are good.",
      "Kin Phea",
      "director of the Royal Academy of Cambodia’s International Relations Institute",
    ],
    [
      "a role, a comma, the name",
      "The hospital’s chief executive, Mark Ellison, requested more nurses.",
      "Mark Ellison",
      "hospital’s chief executive",
    ],
    [
      "a long title joined by and",
      "Deputy Prime Minister and Minister of Foreign Affairs Prak Sokhonn urged Korea to act.",
      "Prak Sokhonn",
      "Deputy Prime Minister and Minister of Foreign Affairs",
    ],
  ])("reads the role from %s", (_name, text, name, role) => {
    const e = entity(text, name);
    expect(e?.type).toBe("person");
    expect(e?.role).toBe(role);
  });

  test("links a surname used alone to the full name", () => {
    const e = entity(
      "Joana Pires, the president of the association, said it was fair.\n\nPires called for more money.",
      "Joana Pires",
    );
    expect(e?.aliases).toContain("Pires");
    expect(
      entities("Joana Pires spoke.\n\nPires called for more.").filter((x) => x.name === "Pires"),
    ).toEqual([]);
  });

  test("links a given name used alone when the text does so (Oh Keo-don → Oh)", () => {
    const e = entity(
      "He urged Busan city mayor Oh Keo-don to help. He met Oh on Monday.",
      "Oh Keo-don",
    );
    expect(e?.aliases).toContain("Oh");
  });

  test("links an acronym to its expansion", () => {
    const e = entity(
      "He called for the Regional Comprehensive Economic Partnership (RCEP) to be signed. RCEP talks go on.",
      "Regional Comprehensive Economic Partnership",
    );
    expect(e?.aliases).toContain("RCEP");
    expect(
      entities(
        "He called for the Regional Comprehensive Economic Partnership (RCEP) to be signed.",
      ).some((x) => x.name === "RCEP"),
    ).toBe(false);
  });

  test.each([
    ["RCEP", ["Regional", "Comprehensive", "Economic", "Partnership"], true],
    ["AIMS", ["Association", "International", "Marathons", "Distance", "Races"], true],
    ["CCRT", ["Childhood", "Cancer", "Research", "Trust"], true],
    ["XYZ", ["Regional", "Comprehensive", "Economic"], false],
  ])("fitsAcronym(%s)", (acronym, words, fits) => {
    expect(fitsAcronym(acronym, words)).toBe(fits);
  });

  test("drops capitalised words that only open a sentence", () => {
    const names = entities(
      "Organisers moved the finish to the Polsat Plus Arena. Parents were happy.",
    ).map((e) => e.name);
    expect(names).toContain("Polsat Plus Arena");
    expect(names).not.toContain("Organisers");
    expect(names).not.toContain("Parents");
  });

  test("a short country name is an alias of the full one", () => {
    expect(entity("He thanked South Korea. Korea agreed.", "South Korea")?.aliases).toContain(
      "Korea",
    );
  });

  test("a person from a country stays a person", () => {
    const names = entities(
      "Defending champion Peter Kiprono of Kenya said the course was fast.",
    ).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Peter Kiprono", "Kenya"]));
  });
});
