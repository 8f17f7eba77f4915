import { describe, expect, test } from "vitest";
import { buildInitialisms } from "../../../src/core/index/initialisms.js";
import { createEngine } from "../../../src/core/index.js";
import { words } from "../../../src/core/text/normalize.js";
import { tinyCorpus } from "../tiny-corpus.js";

describe("buildInitialisms", () => {
  test("spells out the capitalised names of the text, with and without 'of'", () => {
    const found = buildInitialisms([
      "Leaders met at the Asean-Republic of Korea Summit, representing Prime Minister Hun Sen.",
    ]);
    expect(found.get("rok")).toEqual(["republic", "of", "korea"]);
    expect(found.get("rk")).toEqual(["republic", "of", "korea"]);
    expect(found.get("pm")).toEqual(["prime", "minister"]);
    expect(found.get("hs")).toEqual(["hun", "sen"]);
  });

  test("a name does not run on past the end of its sentence or clause", () => {
    const found = buildInitialisms(["He thanked Prime Minister Sen. The Post asked."]);
    expect(found.get("st")).toBeUndefined();
    expect(found.get("tp")).toEqual(["the", "post"]);
  });

  test("an initialism two names share is left out rather than guessed", () => {
    const found = buildInitialisms(["the Prime Minister met the Press Minister"]);
    expect(found.has("pm")).toBe(false);
  });

  test("lower-case words and single names make none among names", () => {
    expect([...buildInitialisms(["the employment permit system and Busan"]).keys()]).toEqual([]);
  });

  test("in running text, a lower-case name of three words or more ending in a scheme's noun makes one", () => {
    const prose = [words("Cambodians work under the employment permit system, and the new plan.")];
    const found = buildInitialisms([], prose);
    expect(found.get("eps")).toEqual(["employment", "permit", "system"]);
    // "the new plan": too short to guess an initialism from.
    expect(found.has("np")).toBe(false);
  });
});

describe("an initialism in a question", () => {
  test("stands for the name of an entity the knowledge declares", () => {
    const engine = createEngine(tinyCorpus());
    expect(engine.answer("how many runners in the gm").refs).toEqual([
      "tiny-marathon/runner-count",
    ]);
  });
});
