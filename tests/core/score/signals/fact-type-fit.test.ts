import { describe, expect, test } from "vitest";
import { relatedType, sameType } from "../../../../src/core/score/signals/fact-type-fit.js";

describe("sameType", () => {
  test.each([
    ["person", "person"],
    ["date", "date"],
    ["number", "number"],
  ] as const)("a %s question is answered in kind by a %s fact", (wanted, actual) => {
    expect(sameType(wanted, actual)).toBe(true);
  });

  test("a date does not answer 'who'", () => {
    expect(sameType("person", "date")).toBe(false);
  });
});

describe("relatedType", () => {
  test.each([
    ["person", "role"],
    ["date", "event"],
    ["place", "organisation"],
    ["role", "person"],
  ] as const)("a %s question may be answered by a %s fact", (wanted, actual) => {
    expect(relatedType(wanted, actual)).toBe(true);
  });

  test.each([
    ["person", "date"],
    ["date", "person"],
    ["number", "place"],
  ] as const)("a %s question is not answered by a %s fact", (wanted, actual) => {
    expect(relatedType(wanted, actual)).toBe(false);
  });
});
