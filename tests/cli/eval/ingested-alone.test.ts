import { describe, expect, test } from "vitest";
import type { EvalQuestion } from "../../../src/cli/eval/eval-file.js";
import {
  compareWithIngestion,
  ingestedTwin,
  isCorrectByPassage,
  passagesOf,
} from "../../../src/cli/eval/ingested-alone.js";
import type { Answer } from "../../../src/core/index.js";
import { ArticleSchema } from "../../../src/core/knowledge/schema.js";
import { loadCorpus } from "../../../src/data/load-knowledge.js";
import { tinyCorpus } from "../../core/tiny-corpus.js";
import { FIXTURE_DATA_DIR } from "../../fixtures/knowledge-dir.js";

const item = (expect: string[]): EvalQuestion => ({ question: "q", expect, type: "t", line: 1 });

function answered(paragraph: number, text: string): Answer {
  return {
    answered: true,
    answer: text,
    short: text,
    confidence: 0.9,
    kind: "sentence",
    sources: [{ article: "tiny-marathon", title: "Marathon sells out", paragraph, text }],
    suggestions: [],
    refs: [`tiny-marathon/p${paragraph}`],
  };
}

describe("scoring by cited passage", () => {
  const passages = passagesOf(tinyCorpus());
  const [k] = tinyCorpus();
  const p1 = k?.article.paragraphs[0]?.text ?? "";
  const p2 = k?.article.paragraphs[1]?.text ?? "";

  test("an answer citing the sentence of an expected fact is right, whatever its id", () => {
    expect(isCorrectByPassage(item(["runner-count"]), answered(1, p1), passages)).toBe(true);
    // Part of the sentence (a quote inside it) is the same passage.
    const part = "sold out in two days with 18,500 runners";
    expect(isCorrectByPassage(item(["runner-count"]), answered(1, part), passages)).toBe(true);
  });

  test("another sentence, another paragraph or an abstention is wrong", () => {
    expect(isCorrectByPassage(item(["runner-count"]), answered(2, p2), passages)).toBe(false);
    expect(isCorrectByPassage(item(["runner-count"]), answered(1, p2), passages)).toBe(false);
    const none = { ...answered(1, p1), answered: false, sources: [] };
    expect(isCorrectByPassage(item(["runner-count"]), none, passages)).toBe(false);
  });

  test("an unanswerable question is right when abstained", () => {
    const none = { ...answered(1, p1), answered: false, sources: [] };
    expect(isCorrectByPassage(item([]), none, passages)).toBe(true);
    expect(isCorrectByPassage(item([]), answered(1, p1), passages)).toBe(false);
  });
});

describe("the curated seed next to its ingestion alone", () => {
  const corpus = loadCorpus(FIXTURE_DATA_DIR);

  test("the twin is ingested from the same paragraphs, under the same id and title", () => {
    const [seed] = corpus;
    const twin = ingestedTwin(seed as NonNullable<typeof seed>);
    expect(twin.article.origin).toBe("ingested");
    expect(twin.article.id).toBe(seed?.article.id);
    expect(twin.article.title).toBe(seed?.article.title);
    expect(twin.article.paragraphs).toEqual(seed?.article.paragraphs);
    expect(twin.facts.length).toBeGreaterThan(0);
  });

  test("both are scored on the same questions; ingestion alone answers some of them right", () => {
    const items: EvalQuestion[] = [
      {
        question: "how many cambodians live in busan",
        expect: ["cambodians-in-busan"],
        type: "number",
        line: 1,
      },
      { question: "who is the mayor of seoul", expect: [], type: "unanswerable", line: 2 },
    ];
    const c = compareWithIngestion(corpus, items);
    expect(c?.articles).toEqual(["cambodia-korea-busan-summit"]);
    expect(c?.curated.answerable).toMatchObject({ correct: 1, total: 1 });
    expect(c?.ingested.answerable).toMatchObject({ correct: 1, total: 1 });
    expect(c?.ingested.unanswerable).toMatchObject({ correct: 1, total: 1 });
  });

  test("an article whose text ingestion cannot read is left out of the comparison", () => {
    const wordless = {
      article: ArticleSchema.parse({
        id: "wordless",
        title: "Wordless",
        source: "Test",
        paragraphs: [{ n: 1, text: "— — —" }],
      }),
      entities: [],
      facts: [],
      quotes: [],
    };
    expect(compareWithIngestion([wordless], [])).toBeNull();
    expect(compareWithIngestion([...corpus, wordless], [])?.articles).toEqual([
      "cambodia-korea-busan-summit",
    ]);
  });

  test("there is nothing to compare when no article is curated", () => {
    const twins = corpus.map(ingestedTwin);
    expect(compareWithIngestion(twins, [])).toBeNull();
  });
});
