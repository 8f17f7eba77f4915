import { describe, expect, test } from "vitest";
import { factTypeFit } from "../../../../src/core/score/signals/fact-type-fit.js";

describe("factTypeFit", () => {
  test.each([
    ["person", "person"],
    ["date", "date"],
    ["number", "number"],
    ["place", "place"],
    ["role", "role"],
  ] as const)("a %s question fits a %s fact fully", (wanted, actual) => {
    expect(factTypeFit(wanted, actual)).toBe(1);
  });

  test.each([
    ["person", "role", "date"],
    ["date", "number", "person"],
    ["place", "organisation", "number"],
    ["organisation", "person", "date"],
  ] as const)(
    "a %s question fits a %s fact better than a %s fact",
    (wanted, related, unrelated) => {
      const middle = factTypeFit(wanted, related);
      expect(middle).toBeLessThan(1);
      expect(middle).toBeGreaterThan(factTypeFit(wanted, unrelated));
    },
  );

  test("types that do not go together all fit alike, above 0 (the fitted weight decides how much that costs)", () => {
    expect(factTypeFit("date", "person")).toBe(factTypeFit("place", "number"));
    expect(factTypeFit("date", "person")).toBeGreaterThan(0);
  });

  test("any fact fits a question that does not say what it wants", () => {
    expect(factTypeFit(null, "reason")).toBe(1);
  });
});
