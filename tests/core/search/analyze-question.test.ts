import { describe, expect, test } from "vitest";
import { analyzeQuestion } from "../../../src/core/search/analyze-question.js";
import { buildCorpusIndex } from "../../../src/core/search/corpus-index.js";
import { tinyCorpus } from "../tiny-corpus.js";

const index = buildCorpusIndex(tinyCorpus());
const analyze = (q: string) =>
  analyzeQuestion(q, index.lexicon, index.aliases, (t) => index.written.has(t));

describe("analyzeQuestion", () => {
  test("'who is' + a typed name wants the role, not the name back", () => {
    expect(analyze("who is marta kowalska").wanted).toBe("role");
    expect(analyze("who is kowalsak").wanted).toBe("role");
  });

  test("'who is' + a description wants the person", () => {
    const a = analyze("who is the race director");
    expect(a.entities).toEqual(["@marta_kowalska"]);
    expect(a.wanted).toBe("person");
  });

  test("'who is' + a thing's name is not a question about a person", () => {
    expect(analyze("who is the gdansk marathon").wanted).toBe("person");
  });

  test("a word found only inside one entity's name stands for it", () => {
    expect(analyze("when is the marathon").entities).toEqual(["@gdansk_marathon"]);
  });

  test("a base form the article only uses inflected is known, not a missing word", () => {
    const sell = analyze("how fast did it sell out").terms.find((t) => t.term.startsWith("sell"));
    expect(sell?.known).toBe(true);
  });

  test("cue phrases are not content terms", () => {
    const terms = analyze("how long did the marathon take").terms.map((t) => t.term);
    expect(terms).not.toContain("long");
  });

  test("US spellings are folded like the index folds them", () => {
    expect(analyze("the race centers").text).toContain("centres");
  });

  test("question words typed in a hurry are read as meant, unless an article uses the word", () => {
    expect(analyze("wat did kowalska say").quoteRequest).toBe(true);
    expect(analyze("wen is the marathon").wanted).toBe("date");
  });

  test("a described person whose name is asked is the answer; one named by name is not", () => {
    expect(analyze("name of the race director").askedFor).toEqual(["@marta_kowalska"]);
    expect(analyze("race director name?").askedFor).toEqual(["@marta_kowalska"]);
    expect(analyze("what is the name of the race director").wanted).toBe("person");
    // The race director does the meeting here; who she met is asked.
    expect(analyze("who did the race director thank").askedFor).toEqual([]);
    expect(analyze("who did kowalska thank").namedPeople).toEqual(["@marta_kowalska"]);
    expect(analyze("who did the race director thank").namedPeople).toEqual([]);
  });

  test("phrasal verbs are read as the word they mean", () => {
    expect(analyze("when will the marathon be done").text).toContain("be finished");
    expect(analyze("did they wrap up the race").text).toContain("finish");
  });
});
