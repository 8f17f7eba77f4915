import { describe, expect, test } from "vitest";
import { readByline } from "../../src/ingest/byline.js";

describe("readByline", () => {
  test.each([
    ["By Camila Rojas", "Camila Rojas"],
    ["By staff reporter", "staff reporter"],
    ["BY OUR CORRESPONDENT", "OUR CORRESPONDENT"],
    ["By Reuters staff", "Reuters staff"],
    ["By Ana Silva and Rui Lopes", "Ana Silva and Rui Lopes"],
    ["By Ana Silva, Transport Correspondent", "Ana Silva, Transport Correspondent"],
    ["Written by Maria de la Cruz", "Maria de la Cruz"],
    ["By Camila Rojas.", "Camila Rojas"],
  ])("%s → %s", (text, byline) => {
    expect(readByline(text)).toBe(byline);
  });

  test.each([
    "By Friday the port had reopened.",
    "By 2030, the city wants more trams.",
    "By the end of June both sides must agree.",
    "Byline Times reported it first.",
    "The race was won by Peter Kiprono.",
  ])("not a byline: %s", (text) => {
    expect(readByline(text)).toBeUndefined();
  });
});
