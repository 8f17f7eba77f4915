import { describe, expect, test } from "vitest";
import { type ArticleIndex, buildArticleIndex } from "../../../src/core/index/article-index.js";
import { assembleCorpusIndex, buildCorpusIndex } from "../../../src/core/index/corpus-index.js";
import { decodeSpans, encodeSpans, tagSpans } from "../../../src/core/index/spans.js";
import { createEngine } from "../../../src/core/index.js";
import { loadCorpus } from "../../../src/data/load-knowledge.js";
import { FIXTURE_DATA_DIR } from "../../fixtures/knowledge-dir.js";
import { article } from "../signal-input.js";
import { tinyCorpus } from "../tiny-corpus.js";

const [seed] = loadCorpus(FIXTURE_DATA_DIR);
if (!seed) throw new Error("the fixture knowledge has no article");
const stored = (index: ArticleIndex): ArticleIndex => JSON.parse(JSON.stringify(index));

describe("buildArticleIndex", () => {
  test("survives JSON: assembled from stored indexes, the engine answers as one built in memory", () => {
    const corpus = [seed, ...tinyCorpus()];
    const fromMemory = createEngine(corpus);
    const index = assembleCorpusIndex(
      corpus,
      corpus.map((k) => stored(buildArticleIndex(k, { spans: true }))),
    );
    const fromStore = createEngine(corpus, { index });
    for (const question of [
      "how many cambodians work in busan",
      "what did kin phea say",
      "who is the busan mayer",
      "what does RCEP stand for",
      "when did the marathon start",
      "what is the capital of peru",
    ]) {
      expect(fromStore.answer(question), question).toEqual(fromMemory.answer(question));
    }
  });

  test("an article's index does not depend on the other articles", () => {
    const [tiny] = tinyCorpus();
    if (!tiny) throw new Error("no tiny article");
    const alone = buildCorpusIndex([tiny]);
    const together = buildCorpusIndex([seed, tiny]);
    const docsOf = (index: typeof alone, a: number) => {
      const stats = index.articles[a];
      return index.docs
        .slice(stats?.start, stats?.end)
        .map((d) => ({ ...d, article: 0, bag: [...d.bag] }));
    };
    expect(docsOf(together, 1)).toEqual(docsOf(alone, 0));
    expect(together.articles[1]?.df).toEqual(alone.articles[0]?.df);
  });

  test("tags every sentence's candidate answers only when asked to", () => {
    const k = article({ id: "one", paragraphs: ["Ana Lopez opened the wall on Monday."] });
    expect(buildArticleIndex(k).spans).toBeUndefined();
    const spans = buildArticleIndex(k, { spans: true }).spans ?? [];
    const text = "Ana Lopez opened the wall on Monday.";
    expect(spans.map((codes) => decodeSpans(text, codes))).toEqual([tagSpans(text)]);
  });

  test("an initialism two articles spell out differently is left out; one they share is kept", () => {
    const pm = (id: string, name: string) =>
      article({
        id,
        paragraphs: [`The ${name} spoke. The Prime Minister came.`],
        entities: [
          { id: "office", type: "organisation", name },
          { id: "pm", type: "person", name: "Prime Minister" },
        ],
      });
    const index = buildCorpusIndex([pm("a", "Press Office"), pm("b", "Post Office")]);
    expect(index.initialisms.has("po")).toBe(false);
    expect(index.initialisms.get("pm")).toEqual(["prime", "minister"]);
  });
});

describe("encodeSpans", () => {
  test("decodes to the spans compromise tagged", () => {
    const text = "The council paid $4.5 million to Delta Works in March 2025, Ana Lopez said.";
    const spans = tagSpans(text);
    expect(spans.length).toBeGreaterThan(2);
    expect(decodeSpans(text, encodeSpans(spans))).toEqual(spans);
  });
});
