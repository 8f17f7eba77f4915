import { describe, expect, test } from "vitest";
import {
  CONVERSATION_FLOOR,
  DEFAULT_CONVERSATION_FILE,
  runConversationEval,
} from "../../src/cli/eval/conversation-eval.js";
import {
  parseConversationFile,
  readConversationFile,
} from "../../src/cli/eval/conversation-file.js";
import { EvalFileError } from "../../src/cli/eval/eval-file.js";
import { loadCorpus } from "../../src/data/load-knowledge.js";
import { FIXTURE_DATA_DIR } from "../fixtures/knowledge-dir.js";

describe("the conversation eval", () => {
  const file = readConversationFile(DEFAULT_CONVERSATION_FILE);
  const summary = runConversationEval(loadCorpus(FIXTURE_DATA_DIR), file);

  test("has at least 40 conversations of two to four turns, over the seed and the fixtures", () => {
    expect(summary.conversations).toBeGreaterThanOrEqual(40);
    expect(file.ingest.length).toBeGreaterThanOrEqual(3);
    const kinds = new Set(file.conversations.map((c) => c.kind));
    for (const kind of ["pronoun", "ellipsis", "new-subject", "change-article", "expired"]) {
      expect(kinds).toContain(kind);
    }
  });

  test(`answers at least ${CONVERSATION_FLOOR * 100} % of follow-up turns right`, () => {
    const misses = summary.misses.map(
      (m) => `${m.conversation}#${m.turn + 1} ${m.question} → ${m.asked}`,
    );
    expect(summary.followUps.withContext.rate, misses.join("\n")).toBeGreaterThanOrEqual(
      CONVERSATION_FLOOR,
    );
  });

  test("reading turns in their conversation beats asking each alone", () => {
    expect(summary.followUps.withContext.correct).toBeGreaterThan(summary.followUps.alone.correct);
  });
});

describe("parseConversationFile", () => {
  test("names the line and field of every problem", () => {
    const text = [
      '{"id": "a", "kind": "pronoun", "turns": [{"question": "who?"}]}',
      '{"id": "b", "kind": "pronoun", "turns": [{"question": "x", "expect": []}, {"question": "y", "verdict": "maybe"}]}',
      "not json",
    ].join("\n");
    expect(() => parseConversationFile(text, "c.jsonl")).toThrow(EvalFileError);
    try {
      parseConversationFile(text, "c.jsonl");
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('c.jsonl:1: field "turns"');
      expect(message).toContain('c.jsonl:2: field "turns.1.verdict"');
      expect(message).toContain("c.jsonl:3: not valid JSON");
    }
  });

  test("a turn needs exactly one way to be right", () => {
    const text =
      '{"id": "a", "kind": "k", "turns": [{"question": "x", "expect": []}, {"question": "y"}]}';
    expect(() => parseConversationFile(text, "c.jsonl")).toThrow(/turn 1: give exactly one of/);
  });
});
