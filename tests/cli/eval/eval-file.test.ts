import { describe, expect, test } from "vitest";
import { EvalFileError, parseEvalFile } from "../../../src/cli/eval/eval-file.js";

describe("parseEvalFile", () => {
  test("reads one question per line, skipping blank lines, keeping line numbers", () => {
    const text = [
      '{"question": "how many", "expect": ["workers"], "type": "number"}',
      "",
      '{"question": "mayor of Seoul?", "expect": [], "article": "busan", "note": "near miss"}',
    ].join("\n");
    expect(parseEvalFile(text, "q.jsonl")).toEqual([
      { question: "how many", expect: ["workers"], type: "number", line: 1 },
      { question: "mayor of Seoul?", expect: [], type: "unanswerable", article: "busan", line: 3 },
    ]);
  });

  test("names the file, line and field of every bad line", () => {
    const text = ['{"question": 1, "expect": []}', "not json", '{"question": "q"}'].join("\n");
    let message = "";
    try {
      parseEvalFile(text, "q.jsonl");
    } catch (error) {
      expect(error).toBeInstanceOf(EvalFileError);
      message = (error as Error).message;
    }
    expect(message).toContain('q.jsonl:1: field "question"');
    expect(message).toContain("q.jsonl:2: not valid JSON");
    expect(message).toContain('q.jsonl:3: field "expect"');
  });

  test("an empty file is an error", () => {
    expect(() => parseEvalFile("\n\n", "q.jsonl")).toThrow("no questions");
  });
});
