import { describe, expect, test } from "vitest";
import { RANKING_SIGNAL_NAMES } from "../../../../src/core/score/signals/index.js";
import { signalFiles } from "../../signal-files.js";
import { featuresByName, pipelineOf, signalInput } from "../../signal-input.js";

describe("ranking signals", () => {
  test("every signal comes from a file with its own unit test", () => {
    const files = signalFiles("score/signals");
    const named = files.flatMap((f) => f.names);
    for (const name of RANKING_SIGNAL_NAMES) expect(named).toContain(name);
    expect(files.filter((f) => !f.tested).map((f) => f.file)).toEqual([]);
  });

  test("every signal gives a finite number, never negative, on every doc of an article", () => {
    const pipeline = pipelineOf({
      paragraphs: [
        "Mayor Ana Lopez said on Monday that 300 workers would build the wall by 2027.",
        "“It will hold,” Lopez said.",
      ],
      entities: [{ id: "ana-lopez", type: "person", name: "Ana Lopez", aliases: ["Lopez"] }],
      facts: [
        {
          id: "builders",
          paragraph: 1,
          answerType: "number",
          answer: "300 workers",
          statement: "300 workers will build the wall.",
          evidence: "Mayor Ana Lopez said on Monday that 300 workers would build the wall by 2027.",
          questions: ["How many workers will build the wall?"],
          entities: ["ana-lopez"],
        },
      ],
      quotes: [
        { id: "hold", speaker: "ana-lopez", text: "It will hold,", mode: "direct", paragraph: 2 },
      ],
    });
    const questions = ["how many workers will build the wall", "what did Lopez say", "xyzzy", ""];
    for (const question of questions) {
      for (const doc of pipeline.index.docs) {
        const features = featuresByName(signalInput(pipeline, question, (d) => d === doc));
        for (const [name, value] of Object.entries(features)) {
          expect(Number.isFinite(value), `${name} on "${question}"`).toBe(true);
          expect(value, `${name} on "${question}"`).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });
});
