import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { type Answer, createEngine, type Engine } from "../../src/core/index.js";
import { loadCorpus } from "../../src/data/load-knowledge.js";
import { ingestArticle } from "../../src/ingest/index.js";
import { FIXTURE_DATA_DIR } from "../fixtures/knowledge-dir.js";
import { tinyCorpus } from "./tiny-corpus.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus(FIXTURE_DATA_DIR));
});

function expectWellFormed(a: Answer): void {
  expect(typeof a.answered).toBe("boolean");
  expect(typeof a.answer).toBe("string");
  expect(a.answer.length).toBeGreaterThan(0);
  expect(a.confidence).toBeGreaterThanOrEqual(0);
  expect(a.confidence).toBeLessThanOrEqual(1);
  expect(["fact", "quote", "sentence", "none"]).toContain(a.kind);
  expect(a.suggestions.length).toBeLessThanOrEqual(3);
  if (a.answered) expect(a.sources.length).toBeGreaterThan(0);
  else expect(a.kind).toBe("none");
}

describe("answer", () => {
  test.each([
    ["how many Cambodians work in Busan?", "9,000", 4],
    ["how many cambodains live in busan city", "9,000", 4],
    ["who is the busan mayer", "Oh Keo-don", 2],
    ["what does RCEP stand for", "Regional Comprehensive Economic Partnership", 8],
    ["since when have cambodians worked in korea", "2007", 5],
  ])("%s → mentions %s from paragraph %i", (question, expected, paragraph) => {
    const a = engine.answer(question);
    expect(a.answered).toBe(true);
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain(expected);
    expect(a.sources[0]?.paragraph).toBe(paragraph);
    expect(a.answer.indexOf(a.short)).toBe(0);
  });

  test("what did Kin Phea say gives his words verbatim with attribution", () => {
    const a = engine.answer("what did Kin Phea say");
    expect(a.kind).toBe("quote");
    expect(a.answer).toContain("Kin Phea");
    expect(a.answer).toContain("The policy framework looks at the new south direction");
    expect(a.sources.map((s) => s.paragraph)).toContain(11);
  });

  test.each([
    "who is the mayor of Seoul",
    "how many Vietnamese workers are in Busan",
    "who is the king of cambodia",
    "what's the weather in phnom penh",
  ])("abstains on %s, with suggestions it can answer", (question) => {
    const a = engine.answer(question);
    expect(a.answered).toBe(false);
    expect(a.short).toMatch(/doesn't say/);
    expect(a.suggestions.length).toBeGreaterThan(0);
    for (const s of a.suggestions) expect(engine.answer(s).answered).toBe(true);
  });

  test("a reported statement reads as a sentence: a clause after its verb, a whole sentence after a colon", () => {
    const a = engine.answer("what did sokhonn say");
    expect(a.answer).toContain("Prak Sokhonn urged South Korea to finalise");
    expect(a.answer).toContain("Prak Sokhonn explained: This is so that");
  });

  test("says the article doesn't quote someone it names but doesn't quote", () => {
    const a = engine.answer("what did hun sen say");
    expect(a.answered).toBe(false);
    expect(a.short).toContain("doesn't quote Hun Sen");
  });

  test.each(["hi", "thanks!", "help", "what can you do"])(
    "small talk %j gets a short reply, not a fact",
    (m) => {
      const a = engine.answer(m);
      expect(a.answered).toBe(false);
      expect(a.sources).toEqual([]);
      expect(a.suggestions.length).toBeGreaterThan(0);
    },
  );

  test.each([
    "",
    "   ",
    "x".repeat(100_000),
    "🙂🙂🙂",
    "مرحبا بالعالم",
    "\u200b\u200f\u0000",
    "'=!^$|",
    "@everyone",
  ])("bad input %#: a well-formed abstention", (input) => {
    const a = engine.answer(input);
    expectWellFormed(a);
    expect(a.answered).toBe(false);
  });

  test("any string gives a well-formed Answer and never throws", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: "grapheme" }), (s) => {
        expectWellFormed(engine.answer(s));
      }),
      { numRuns: 300 },
    );
  });
});

describe("quotes, facts, about, suggest", () => {
  test("lists all quotes grouped by speaker", () => {
    const listing = engine.quotes();
    expect(listing.found).toBe(true);
    expect(listing.groups.map((g) => g.speaker)).toEqual(
      expect.arrayContaining(["Prak Sokhonn", "Kin Phea"]),
    );
  });

  test("finds one speaker's quotes despite a typo", () => {
    const listing = engine.quotes("kin pea");
    expect(listing.groups).toHaveLength(1);
    expect(listing.groups[0]?.speaker).toBe("Kin Phea");
  });

  test("says so when a speaker is not quoted", () => {
    expect(engine.quotes("Hun Sen").found).toBe(false);
    expect(engine.quotes("Moon Jae-in").found).toBe(false);
  });

  test("facts come in article order", () => {
    const paragraphs = engine.facts().map((f) => f.paragraph);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
  });

  test("about names the article, its source and paragraphs", () => {
    const [article] = engine.about().articles;
    expect(article?.source).toBe("The Post");
    expect(article?.paragraphs).toBe(14);
  });

  test("suggest matches what a user has typed, at most 25", () => {
    const s = engine.suggest("how many cam");
    expect(s.length).toBeGreaterThan(0);
    expect(s.length).toBeLessThanOrEqual(25);
    expect(s.some((q) => /cambodian/i.test(q))).toBe(true);
    expect(engine.suggest("").length).toBeGreaterThan(0);
  });
});

describe("answer on a small article", () => {
  const tiny = createEngine(tinyCorpus());

  test("finds the event from one word of its name and an irregular verb form", () => {
    const a = tiny.answer("how fast did the marathon sell out");
    expect(a.answered).toBe(true);
    expect(a.refs).toEqual(["tiny-marathon/sell-out-time"]);
  });

  test("one person's role is not answered with another's who is named in passing", () => {
    const a = tiny.answer("what is kowalska's position");
    expect(a.refs).toEqual(["tiny-marathon/kowalska-role"]);
    expect(tiny.answer("nowak's title").refs).toEqual(["tiny-marathon/nowak-role"]);
  });

  test("an action the article never mentions is less sure than what it says of the same person", () => {
    const said = tiny.answer("what did nowak thank the volunteers for");
    expect(said.answered).toBe(true);
    expect(tiny.answer("what did nowak reply").confidence).toBeLessThan(said.confidence);
  });

  test("a count of something else is a weak answer to 'how many'", () => {
    expect(tiny.answer("how many runners does the marathon have").refs).toEqual([
      "tiny-marathon/runner-count",
    ]);
  });

  test("a day does not answer 'what time'", () => {
    expect(tiny.answer("when did kowalska announce the sell-out").refs).toEqual([
      "tiny-marathon/announcement-day",
    ]);
    expect(tiny.answer("what time did kowalska announce the sell-out").confidence).toBeLessThan(
      tiny.answer("when did kowalska announce the sell-out").confidence,
    );
  });
});

describe("a question scoped to one article of several", () => {
  const seed = loadCorpus(FIXTURE_DATA_DIR);
  const both = createEngine([...seed, ...tinyCorpus()]);
  const tinyQuestions = new Set(tinyCorpus().flatMap((k) => k.facts.flatMap((f) => f.questions)));
  const scoped = { article: "tiny-marathon" };

  test.each(["what did the mayor of gdansk eat for breakfast", "hello", "help", ""])(
    "offers only that article's questions when it abstains (%j)",
    (question) => {
      const a = both.answer(question, scoped);
      expect(a.answered).toBe(false);
      expect(a.suggestions.length).toBeGreaterThan(0);
      for (const s of a.suggestions) expect(tinyQuestions).toContain(s);
    },
  );

  test("a greeting in a scoped chat names only that article", () => {
    const a = both.answer("hi", scoped);
    expect(a.answer).toContain("Marathon sells out");
    expect(a.answer).not.toContain(seed[0]?.article.title ?? "?");
  });

  test("autocomplete with nothing typed and the speaker list keep to the article", () => {
    const typed = both.suggest("", 25, scoped);
    expect(typed.length).toBeGreaterThan(0);
    for (const s of typed) expect(tinyQuestions).toContain(s);
    expect(both.speakers(scoped)).toEqual([]);
    expect(both.speakers().length).toBeGreaterThan(0);
  });

  test("a quote request about a speaker of another article is not answered from it", () => {
    const a = both.answer("what did kin phea say", scoped);
    expect(a.answered).toBe(false);
    for (const s of a.suggestions) expect(tinyQuestions).toContain(s);
  });
});

describe("quotes by topic and by the speaker's role", () => {
  test("'what did X say about <named thing>' keeps to the quotes that name it", () => {
    const a = engine.answer("what did sokhonn say about rcep");
    expect(a.refs).toContain("cambodia-korea-busan-summit/q-sokhonn-calls-for-rcep");
    expect(a.refs).not.toContain("cambodia-korea-busan-summit/q-sokhonn-requests-korean-companies");
  });

  test("a reported statement is cited with the whole sentence it stands in", () => {
    const a = engine.answer("what did sokhonn say about rcep");
    const p8 = a.sources.find((s) => s.paragraph === 8);
    expect(p8?.text).toMatch(/^Meanwhile, he called for the Regional Comprehensive/);
  });

  test("'what did the mayor say' finds the quote of the speaker whose role is mayor", () => {
    const k = ingestArticle(
      "Ostrava mayor Jan Dohnal welcomed the plant, saying the region had lost 15,000 mining jobs.\n\nThe plant will open in 2028, the company said.",
    );
    const a = createEngine([k]).answer("what did the mayor say");
    expect(a.kind).toBe("quote");
    expect(a.short).toMatch(/^Jan Dohnal welcomed/);
  });
});

describe("questions about the article itself", () => {
  test("an undated article says it gives no publication date", () => {
    const a = engine.answer("when was this article published");
    expect(a.answered).toBe(false);
    expect(a.short).toMatch(/doesn't give the date it was published/);
  });
});

describe("an article's answers do not depend on the other articles loaded", () => {
  const seed = loadCorpus(FIXTURE_DATA_DIR);
  const alone = createEngine(seed);
  // Another article whose own "Busan mayor" and "workers" would otherwise blur the seed's.
  const other = ingestArticle(
    "Busan mayor Kim Jae-sung said 4,000 Vietnamese workers live in the city.\n\nThe talks with Seoul ended on Friday.",
    { id: "other-busan" },
  );
  const both = createEngine([...seed, other]);
  const scoped = { article: "cambodia-korea-busan-summit" };

  test.each([
    "how many cambodians work in busan",
    "who is the busan mayor",
    "what did the busan mayor reply",
    "how many vietnamese workers are in busan",
    "when did sokhonn meet the mayor",
  ])("%s", (question) => {
    const a = alone.answer(question);
    const b = both.answer(question, scoped);
    expect(b.refs).toEqual(a.refs);
    expect(b.confidence).toBeCloseTo(a.confidence, 6);
  });

  test("the other article's own mayor is its answer", () => {
    expect(both.answer("who is the busan mayor", { article: "other-busan" }).short).toMatch(
      /Kim Jae-sung/,
    );
  });
});
