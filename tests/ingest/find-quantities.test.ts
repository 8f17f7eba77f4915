import { describe, expect, test } from "vitest";
import { findQuantities } from "../../src/ingest/find-quantities.js";
import { parseParagraphs } from "../../src/ingest/parse-paragraphs.js";

const found = (text: string) =>
  parseParagraphs([text])
    .flatMap(findQuantities)
    .map((q) => ({ kind: q.kind, text: q.text, counted: q.counted, unit: q.unit }));

describe("findQuantities", () => {
  test.each([
    [
      "a qualified number and the noun it counts",
      "It helps over 9,000 Cambodians living there.",
      { kind: "number", text: "over 9,000", counted: "Cambodians" },
    ],
    [
      "more than",
      "More than 61,000 Cambodians have worked there.",
      { kind: "number", text: "More than 61,000", counted: "Cambodians" },
    ],
    [
      "adjective and noun",
      "The company will hire 450 local workers.",
      { kind: "number", text: "450", counted: "local workers" },
    ],
    [
      "a noun compromise tags as a verb",
      "It needs the 15 participating countries.",
      { kind: "number", text: "15", counted: "participating countries" },
    ],
    [
      "money with scale and currency",
      "The project is valued at 1.2 billion euros.",
      { kind: "number", text: "1.2 billion euros", unit: "money" },
    ],
    [
      "money with a symbol",
      "Prize money totals $150,000 this year.",
      { kind: "number", text: "$150,000", unit: "money" },
    ],
    [
      "a hyphenated count",
      "It approved a 48-turbine wind farm.",
      { kind: "number", text: "48-turbine", counted: "turbine" },
    ],
    [
      "a distance",
      "They stand at least 22 kilometres away.",
      { kind: "number", text: "at least 22", unit: "distance" },
    ],
    [
      "an age apposition",
      "Kiprono, 29, has trained hard.",
      { kind: "number", text: "29", unit: "age" },
    ],
    ["since a year", "Since 2007, workers have come.", { kind: "date", text: "Since 2007" }],
    ["a weekday", "They met on Monday in Busan.", { kind: "date", text: "on Monday" }],
    [
      "a day range",
      "The summit ran from November 24 to 27 in Busan.",
      { kind: "date", text: "from November 24 to 27" },
    ],
    [
      "a relative date",
      "It should be finalised early next year.",
      { kind: "date", text: "early next year" },
    ],
    [
      "by the end of a year",
      "The turbines will turn by the end of 2027.",
      { kind: "date", text: "by the end of 2027" },
    ],
    [
      "clock times",
      "Roads close between 7 a.m. and 3 p.m. on race day.",
      { kind: "date", text: "between 7 a.m. and 3 p.m." },
    ],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toContainEqual(expect.objectContaining(expected));
  });

  test.each([
    ["a version number in a name", "Cambodia can benefit from Industrial Revolution 4.0 soon."],
    ["a bare number word", "There are two."],
  ])("ignores %s", (_name, text) => {
    expect(found(text).filter((q) => q.kind === "number")).toEqual([]);
  });
});
