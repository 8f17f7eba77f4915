import { beforeAll, describe, expect, test } from "vitest";
import {
  type ConversationState,
  converse,
  createEngine,
  type Engine,
} from "../../../src/core/index.js";
import { loadCorpus } from "../../../src/data/load-knowledge.js";
import { GDANSK, SEED, twoArticleEngine } from "../../adapters/two-article-corpus.js";
import { FIXTURE_DATA_DIR } from "../../fixtures/knowledge-dir.js";

let seed: Engine;
let two: Engine;
beforeAll(() => {
  seed = createEngine(loadCorpus(FIXTURE_DATA_DIR));
  two = twoArticleEngine();
});

const MINUTE = 60_000;

/** Asks the questions in order as one conversation, one minute apart; returns every result. */
function talk(engine: Engine, questions: string[], start = 0, gap = MINUTE) {
  let state: ConversationState | undefined;
  return questions.map((question, i) => {
    const result = converse(engine, state, question, { now: start + i * gap });
    state = result.state;
    return result;
  });
}

describe("follow-up questions", () => {
  test("reads he and him as the people the previous turn named", () => {
    const [, second] = talk(seed, ["when did Sokhonn meet the mayor?", "and what did he ask him?"]);
    expect(second?.followUp).toBe("pronoun");
    expect(second?.asked).toBe("what did Prak Sokhonn ask Oh Keo-don");
    expect(second?.answer.refs).toContain("cambodia-korea-busan-summit/mayor-welfare-request");
  });

  test("puts a bare 'and when was that?' into the previous question", () => {
    const [, second] = talk(seed, ["what summits did Sokhonn attend?", "and when was that?"]);
    expect(second?.followUp).toBe("ellipsis");
    expect(second?.answer.short).toBe("November 24 to 27");
  });

  test("'what about X' asks the previous question about X", () => {
    const [, second] = talk(seed, ["who is Kin Phea?", "what about Oh Keo-don?"]);
    expect(second?.followUp).toBe("swap");
    expect(second?.answer.short).toContain("mayor");
  });

  test("'and in South Korea?' replaces the place the previous question asked about", () => {
    const [, second] = talk(seed, ["how many Cambodians work in Busan?", "and in South Korea?"]);
    expect(second?.asked).toContain("South Korea");
    expect(second?.answer.short).toContain("61,000");
  });

  test("a question that names a new subject starts fresh", () => {
    const [, second] = talk(seed, ["who is Kin Phea?", "who is the mayor of Busan?"]);
    expect(second?.followUp).toBe("standalone");
    expect(second?.asked).toBe("who is the mayor of Busan?");
  });

  test("after a quiet spell the context is gone, so 'he' is no one", () => {
    const [, late] = talk(seed, ["who is Kin Phea?", "what did he say?"], 0, 11 * MINUTE);
    expect(late?.followUp).toBe("standalone");
    expect(late?.state.turns).toHaveLength(1);
    const [, soon] = talk(seed, ["who is Kin Phea?", "what did he say?"], 0, 9 * MINUTE);
    expect(soon?.asked).toContain("Kin Phea");
  });

  test("the quiet spell is the caller's to set", () => {
    const { state } = converse(seed, undefined, "who is Kin Phea?", { now: 0, idleMs: 1000 });
    const next = converse(seed, state, "what did he say?", { now: 2000, idleMs: 1000 });
    expect(next.followUp).toBe("standalone");
  });

  test("the state is data: the same state and question give the same answer", () => {
    const [first] = talk(seed, ["when did Sokhonn meet the mayor?"]);
    const state = structuredClone(first?.state);
    const a = converse(seed, state, "what did he ask him?", { now: MINUTE });
    const b = converse(seed, state, "what did he ask him?", { now: MINUTE });
    expect(a.answer).toEqual(b.answer);
    expect(state).toEqual(first?.state);
  });

  test("keeps only the last few turns", () => {
    const results = talk(seed, [
      "who is Kin Phea?",
      "who is Hun Sen?",
      "who is Oh Keo-don?",
      "who is Prak Sokhonn?",
    ]);
    expect(results.at(-1)?.state.turns.map((t) => t.question)).toEqual([
      "who is Hun Sen?",
      "who is Oh Keo-don?",
      "who is Prak Sokhonn?",
    ]);
  });
});

describe("article context", () => {
  test("stays with the article of the last answer", () => {
    const [first, second] = talk(two, ["how many runners are there?", "when is it?"]);
    expect(first?.answer.sources[0]?.article).toBe(GDANSK.id);
    expect(second?.state.article).toBe(GDANSK.id);
    expect(second?.answer.sources.every((s) => s.article === GDANSK.id)).toBe(true);
  });

  test("moves to another article when the question names its things", () => {
    const [, second] = talk(two, ["how many runners are there?", "who is Kin Phea?"]);
    expect(second?.answer.sources[0]?.article).toBe(SEED.id);
    expect(second?.state.article).toBe(SEED.id);
  });

  test("an article the user picked wins over the context", () => {
    const { state } = converse(two, undefined, "how many runners are there?", { now: 0 });
    const picked = converse(two, state, "who is the mayor?", { now: 1, article: SEED.id });
    expect(picked.answer.sources.every((s) => s.article === SEED.id)).toBe(true);
  });
});

describe("summaries and yes/no in a conversation", () => {
  test("'what is this article about?' summarises the conversation's article", () => {
    const [, summary] = talk(two, ["how many runners are there?", "what is this article about?"]);
    expect(summary?.form).toBe("summary");
    expect(summary?.answer.short).toContain(GDANSK.title);
  });

  test("a yes/no follow-up reads its pronoun first", () => {
    const [, second] = talk(seed, ["who is Prak Sokhonn?", "is he the prime minister?"]);
    expect(second?.form).toBe("yes-no");
    expect(second?.answer.short).toMatch(/^No\./);
  });
});
