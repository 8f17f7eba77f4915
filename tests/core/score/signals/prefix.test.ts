import { describe, expect, test } from "vitest";
import { prefix } from "../../../../src/core/score/signals/prefix.js";
import { pipelineOf, sentenceWith, signalInput } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: [
    "The classification of stars took decades. Astronomers were classifying stars by colour. Stars shine.",
  ],
});
const of = (question: string, words: string) =>
  prefix(signalInput(pipeline, question, sentenceWith(words)));

describe("prefix signal", () => {
  test("credits a sentence holding another form of a question word that the stemmer keeps apart", () => {
    // "classifying" stems to "classifi", "classification" to "classif": only the beginning is shared.
    expect(of("who was classifying stars", "classification of stars")).toBeGreaterThan(0);
  });

  test("gives nothing for a word the sentence holds exactly (coverage counts it) or lacks entirely", () => {
    expect(of("who was classifying stars", "were classifying")).toBe(0);
    expect(of("who was classifying stars", "Stars shine")).toBe(0);
  });

  test("ignores short words, whose beginnings are shared by chance", () => {
    // "star" is shorter than the five letters a shared beginning needs.
    expect(of("starring", "Stars shine")).toBe(0);
  });
});
