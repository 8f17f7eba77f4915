import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { EvalFileError } from "../../../src/cli/eval/eval-file.js";
import { parseSquad, readSquad } from "../../../src/cli/eval/squad-file.js";

const fixture = fileURLToPath(new URL("../../fixtures/squad/tiny-v2.0.json", import.meta.url));

describe("readSquad", () => {
  test("reads each article's title, paragraphs and questions", () => {
    const articles = readSquad(fixture);
    expect(articles.map((a) => a.title)).toEqual(["Huguenot settlers", "Flood wall"]);
    expect(articles[0]?.paragraphs).toHaveLength(2);
    expect(articles[0]?.questions.map((q) => q.id)).toEqual(["hug-1", "hug-2", "hug-3"]);
    expect(articles[1]?.questions[0]).toEqual({
      id: "wall-1",
      question: "How much did the flood wall cost?",
      answers: ["$40 million"],
      impossible: false,
    });
  });

  test("keeps each gold answer once", () => {
    expect(readSquad(fixture)[0]?.questions[0]?.answers).toEqual(["1688", "in 1688"]);
  });

  test("an unanswerable question has no answers, whatever it found plausible", () => {
    expect(readSquad(fixture)[0]?.questions[1]).toMatchObject({ answers: [], impossible: true });
  });

  test("names the file it cannot read", () => {
    expect(() => readSquad("/nonexistent/squad.json")).toThrow(
      /Cannot read SQuAD file \/nonexistent\/squad\.json/,
    );
  });
});

describe("parseSquad", () => {
  const file = (data: unknown) => JSON.stringify({ version: "v2.0", data });
  const paragraph = (qas: unknown[]) => ({ context: "It rained.", qas });

  test("reads a SQuAD v1.1 file, where no question is impossible", () => {
    const v1 = file([
      {
        title: "Rain",
        paragraphs: [paragraph([{ id: "r", question: "What?", answers: [{ text: "rained" }] }])],
      },
    ]);
    expect(parseSquad(v1, "v1.json")[0]?.questions[0]?.impossible).toBe(false);
  });

  test.each([
    [
      "a paragraph without its context",
      file([{ title: "Rain", paragraphs: [{ qas: [] }] }]),
      /data\.0\.paragraphs\.0\.context/,
    ],
    [
      "an answer without text",
      file([
        {
          title: "Rain",
          paragraphs: [paragraph([{ id: "r", question: "What?", answers: [{ answer_start: 3 }] }])],
        },
      ]),
      /data\.0\.paragraphs\.0\.qas\.0\.answers\.0\.text/,
    ],
    [
      "a question whose id is a number",
      file([
        { title: "Rain", paragraphs: [paragraph([{ id: 7, question: "What?", answers: [] }])] },
      ]),
      /data\.0\.paragraphs\.0\.qas\.0\.id/,
    ],
    ["a file without data", JSON.stringify({ version: "v2.0" }), /field "data"/],
  ])("names the field when it finds %s", (_, text, field) => {
    expect(() => parseSquad(text, "mine.json")).toThrow(EvalFileError);
    expect(() => parseSquad(text, "mine.json")).toThrow(field);
    expect(() => parseSquad(text, "mine.json")).toThrow(/^mine\.json: not a SQuAD file/);
  });

  test("says when the file is not JSON at all", () => {
    expect(() => parseSquad("{ data: [", "broken.json")).toThrow(/broken\.json: not valid JSON/);
  });
});
