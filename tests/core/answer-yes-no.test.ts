import { beforeAll, describe, expect, test } from "vitest";
import { answerYesNo, createEngine, type Engine } from "../../src/core/index.js";
import { loadCorpus } from "../../src/data/load-knowledge.js";
import { FIXTURE_DATA_DIR } from "../fixtures/knowledge-dir.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus(FIXTURE_DATA_DIR));
});

describe("answerYesNo", () => {
  test.each([
    ["is sokhonn the prime minister?", "No.", "Prime Minister Hun Sen"],
    ["Is Oh Keo-don the mayor of Busan?", "Yes.", "Busan city mayor Oh Keo-don"],
    [
      "is Sokhonn the foreign minister?",
      "Yes.",
      "Foreign Affairs and International Cooperation Prak Sokhonn",
    ],
    ["are there 10,000 Cambodians in Busan?", "No.", "over 9,000 Cambodians"],
    ["are there over 9,000 Cambodians in Busan?", "Yes.", "over 9,000 Cambodians"],
    ["did Sokhonn meet the mayor?", "Yes.", "meeting with Oh on Monday"],
  ])("%s → %s, with the evidence %j", (question, head, evidence) => {
    const answer = answerYesNo(engine, question);
    expect(answer.answered).toBe(true);
    expect(answer.short.startsWith(head)).toBe(true);
    expect(answer.sources.map((s) => s.text).join(" ")).toContain(evidence);
  });

  test("says the article doesn't say so, rather than no, when it calls the person something else", () => {
    const answer = answerYesNo(engine, "is Kin Phea a minister?");
    expect(answer.answered).toBe(false);
    expect(answer.short).toMatch(/^The article doesn't say so\. Kin Phea is Director/);
  });

  test("abstains on what the article never mentions", () => {
    const answer = answerYesNo(engine, "did Sokhonn meet the mayor of Seoul?");
    expect(answer.answered).toBe(false);
  });
});
