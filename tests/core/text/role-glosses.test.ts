import { describe, expect, test } from "vitest";
import { roleGloss } from "../../../src/core/text/role-glosses.js";

describe("roleGloss", () => {
  test("says in plain words what a title means", () => {
    expect(roleGloss("Busan city mayor")).toBe("leads local government");
    expect(roleGloss("Prime Minister")).toBe("leads government");
    expect(roleGloss("chief executive")).toMatch(/leads .*boss/);
  });

  test("a deputy does not lead", () => {
    expect(roleGloss("Deputy Prime Minister")).not.toMatch(/leads/);
    expect(roleGloss("Deputy Prime Minister")).toMatch(/government/);
  });

  test("a role with no known title adds nothing", () => {
    expect(roleGloss("race director")).toBe("");
    expect(roleGloss("")).toBe("");
  });
});
