import { describe, expect, test } from "vitest";
import { decisionFeatures } from "../../../../src/core/decide/decide.js";
import { DECISION_SIGNAL_NAMES } from "../../../../src/core/decide/signals/index.js";
import { signalFiles } from "../../signal-files.js";
import { decisionInputFor, pipelineOf, sentenceWith } from "../../signal-input.js";

describe("decision signals", () => {
  test("every signal comes from a file with its own unit test", () => {
    const files = signalFiles("decide/signals");
    const named = files.flatMap((f) => f.names);
    for (const name of DECISION_SIGNAL_NAMES) expect(named).toContain(name);
    expect(files.filter((f) => !f.tested).map((f) => f.file)).toEqual([]);
  });

  test("every signal gives a finite number", () => {
    const pipeline = pipelineOf({ paragraphs: ["The wall opened in 2019. It did not leak."] });
    for (const question of ["when did the wall open", "did it not leak in 2020", "xyzzy"]) {
      const features = decisionFeatures(
        decisionInputFor(pipeline, question, sentenceWith("opened"), {
          score: 1,
          scores: [1, 0.5],
        }),
      );
      features.forEach((value, k) => {
        expect(Number.isFinite(value), `${DECISION_SIGNAL_NAMES[k]} on "${question}"`).toBe(true);
      });
    }
  });
});
