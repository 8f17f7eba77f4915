import { describe, expect, it } from "vitest";
import { createEngine, createSwappableEngine } from "../../src/core/index.js";
import { tinyCorpus } from "./tiny-corpus.js";

describe("createSwappableEngine", () => {
  it("answers from the engine swapped in last", () => {
    const [first, second] = [tinyCorpus(), tinyCorpus()];
    if (!first[0] || !second[0]) throw new Error("tiny corpus is empty");
    second[0].article.title = "A second title";
    const live = createSwappableEngine(createEngine(first));
    const before = live.engine.about().articles[0]?.title;
    live.swap(createEngine(second));
    expect(before).not.toBe("A second title");
    expect(live.engine.about().articles[0]?.title).toBe("A second title");
    expect(live.current().about().articles[0]?.title).toBe("A second title");
  });
});
