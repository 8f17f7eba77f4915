import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadCorpus } from "../../src/data/load-knowledge.js";
import { loadError, tempDir } from "./knowledge-dirs.js";

/** An ingested article folder, as `npm run ingest` writes it. */
const ingested = {
  "article.json": {
    id: "harbour-article",
    title: "Harbour said on Monday",
    source: "Unknown source",
    origin: "ingested",
    paragraphs: [
      { n: 1, text: "Mayor Ana Lima opened the harbour on Monday." },
      { n: 2, text: "“It is a good day,” Lima said." },
    ],
  },
  "entities.json": [{ id: "ana-lima", type: "person", name: "Ana Lima", aliases: ["Lima"] }],
  "facts.json": [
    {
      id: "p1-date-monday",
      paragraph: 1,
      answerType: "date",
      answer: "on Monday",
      statement: "Mayor Ana Lima opened the harbour on Monday.",
      evidence: "Mayor Ana Lima opened the harbour on Monday.",
      questions: ["When was the harbour opened?"],
      entities: ["ana-lima"],
    },
  ],
  "quotes.json": [
    {
      id: "p2-direct-ana-lima",
      speaker: "ana-lima",
      text: "It is a good day,",
      mode: "direct",
      verb: "said",
      paragraph: 2,
    },
  ],
};

/** A data dir with the ingested folder and the given `curated/` files (JSON values or raw text). */
function withCurated(curated: Record<string, unknown>): { dir: string; folder: string } {
  const dir = tempDir("knowledge-curated-");
  const folder = join(dir, "harbour-article");
  mkdirSync(join(folder, "curated"), { recursive: true });
  for (const [name, content] of Object.entries(ingested)) {
    writeFileSync(join(folder, name), JSON.stringify(content, null, 2));
  }
  for (const [name, content] of Object.entries(curated)) {
    const text = typeof content === "string" ? content : JSON.stringify(content, null, 2);
    writeFileSync(join(folder, "curated", name), text);
  }
  return { dir, folder };
}

const fact = ingested["facts.json"][0] as (typeof ingested)["facts.json"][number];

describe("loadCorpus with curated/ corrections", () => {
  test("an empty curated/ folder changes nothing", () => {
    const { dir } = withCurated({});
    const [k] = loadCorpus(dir);
    expect(k?.article.title).toBe("Harbour said on Monday");
    expect(k?.facts.map((f) => f.id)).toEqual(["p1-date-monday"]);
  });

  test("merges partial files: same id replaces, new ids are added, the rest stays", () => {
    const { dir } = withCurated({
      "article.json": { title: "Ana Lima opens the harbour", source: "The Coast Post" },
      "entities.json": [
        { id: "ana-lima", type: "person", name: "Ana Lima", aliases: ["Ana"], role: "Mayor" },
        { id: "harbour", type: "place", name: "the harbour" },
      ],
      "facts.json": [
        { ...fact, answer: "Monday" },
        {
          ...fact,
          id: "who-opened",
          answerType: "person",
          answer: "Ana Lima",
          questions: ["Who opened the harbour?"],
          entities: ["ana-lima", "harbour"],
        },
      ],
    });
    const [k] = loadCorpus(dir);
    expect(k?.article).toMatchObject({
      id: "harbour-article",
      title: "Ana Lima opens the harbour",
      source: "The Coast Post",
      origin: "ingested",
    });
    expect(k?.article.paragraphs).toHaveLength(2);
    expect(k?.facts.map((f) => [f.id, f.answer])).toEqual([
      ["p1-date-monday", "Monday"],
      ["who-opened", "Ana Lima"],
    ]);
    const lima = k?.entities.find((e) => e.id === "ana-lima");
    expect(lima?.role).toBe("Mayor");
    expect(lima?.aliases).toEqual(["Ana", "Lima"]);
    // quotes.json has no curated file: the ingested quote stays.
    expect(k?.quotes.map((q) => q.id)).toEqual(["p2-direct-ana-lima"]);
  });

  test.each([
    {
      name: "a curated fact with an answer type outside the list",
      curated: { "facts.json": [{ ...fact, answerType: "weekday" }] },
      expected: ['curated/facts.json: entry 0 (id "p1-date-monday") field "answerType"'],
    },
    {
      name: "a curated quote naming a speaker neither layer knows",
      curated: {
        "quotes.json": [{ ...ingested["quotes.json"][0], id: "new-quote", speaker: "joao-silva" }],
      },
      expected: ['curated/quotes.json: entry 0 (id "new-quote") field "speaker"', "joao-silva"],
    },
    {
      name: "a curated fact pointing at a paragraph the article lacks",
      curated: { "facts.json": [{ ...fact, id: "late-fact", paragraph: 7 }] },
      expected: ['curated/facts.json: entry 0 (id "late-fact") field "paragraph"', "not 7"],
    },
    {
      name: "a curated fact whose evidence is not in its paragraph",
      curated: {
        "facts.json": [{ ...fact, id: "cost", evidence: "The scheme will cost £9 million." }],
      },
      expected: [
        'curated/facts.json: entry 0 (id "cost") field "evidence"',
        "not word for word in paragraph 1",
      ],
    },
    {
      name: "a curated quote whose text is not in its paragraph",
      curated: {
        "quotes.json": [{ ...ingested["quotes.json"][0], text: "It is a great day," }],
      },
      expected: ['curated/quotes.json: entry 0 (id "p2-direct-ana-lima") field "text"'],
    },
    {
      name: "a curated article.json with an empty title",
      curated: { "article.json": { title: "" } },
      expected: ['curated/article.json: field "title"'],
    },
    {
      name: "a curated article.json with another article's id",
      curated: { "article.json": { id: "other-article" } },
      expected: ['curated/article.json: field "id"', '"harbour-article"'],
    },
    {
      name: "malformed JSON in a curated file",
      curated: { "entities.json": "[{" },
      expected: ["curated/entities.json: ", "JSON"],
    },
  ])("stops on $name, naming the curated file, entry and field", ({ curated, expected }) => {
    const { dir } = withCurated(curated);
    const message = loadError(dir);
    for (const part of expected) expect(message).toContain(part);
  });

  test("an ingested entry's problem still names the ingested file, not the curated one", () => {
    const { dir, folder } = withCurated({ "facts.json": [{ ...fact, id: "extra" }] });
    const broken = [{ ...fact }, { ...fact }]; // duplicate id in the ingested layer
    writeFileSync(join(folder, "facts.json"), JSON.stringify(broken));
    const message = loadError(dir);
    expect(message).toContain(
      `${join(folder, "facts.json")}: entry 1 (id "p1-date-monday") field "id": duplicate id`,
    );
  });
});
