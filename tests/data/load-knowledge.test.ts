import { mkdirSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { KnowledgeError, loadArticle, loadCorpus } from "../../src/data/load-knowledge.js";
import { loadError, tempDir } from "./knowledge-dirs.js";

/**
 * A fixture entry: the fields the cases below break are declared so they read as plain
 * properties; anything else (a misspelt field) goes through the index signature.
 */
interface Entry {
  id?: unknown;
  paragraph?: unknown;
  answerType?: unknown;
  questions?: unknown;
  entities?: unknown;
  speaker?: unknown;
  mode?: unknown;
  [field: string]: unknown;
}
interface Files {
  "article.json": {
    title?: unknown;
    paragraphs: { n: unknown; text: unknown }[];
    [field: string]: unknown;
  };
  "entities.json": Entry[];
  "facts.json": Entry[];
  "quotes.json": Entry[];
}
type ListFile = "entities.json" | "facts.json" | "quotes.json";

/** A small valid article folder; each case below breaks exactly one thing in it. */
function validFiles(): Files {
  return {
    "article.json": {
      id: "tiny-article",
      title: "A tiny article",
      source: "The Post",
      paragraphs: [
        { n: 1, text: "Prak Sokhonn met Oh Keo-don on Monday." },
        { n: 2, text: "“We will cooperate,” Oh said." },
      ],
    },
    "entities.json": [
      { id: "prak-sokhonn", type: "person", name: "Prak Sokhonn", aliases: ["Sokhonn"] },
      { id: "oh-keo-don", type: "person", name: "Oh Keo-don" },
    ],
    "facts.json": [
      {
        id: "meeting-day",
        paragraph: 1,
        answerType: "date",
        answer: "Monday",
        statement: "Prak Sokhonn met Oh Keo-don on Monday.",
        evidence: "Prak Sokhonn met Oh Keo-don on Monday.",
        questions: ["When did they meet?"],
        entities: ["prak-sokhonn", "oh-keo-don"],
      },
    ],
    "quotes.json": [
      {
        id: "q-oh-cooperate",
        speaker: "oh-keo-don",
        text: "We will cooperate,",
        mode: "direct",
        verb: "said",
        paragraph: 2,
      },
    ],
  };
}

/** Writes a corpus dir holding one article folder; `edit` may change the parsed files or return raw text. */
function writeArticle(
  edit: (files: Files) => void = () => {},
  raw: Record<string, string> = {},
): { dir: string; folder: string } {
  const dir = tempDir("knowledge-");
  const folder = join(dir, "tiny-article");
  mkdirSync(folder);
  const files = validFiles();
  edit(files);
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(folder, name), raw[name] ?? JSON.stringify(content, null, 2));
  }
  return { dir, folder };
}

/** One entry of a list file; fails loudly if the fixture lacks it. */
function entry(files: Files, file: ListFile, i: number): Entry {
  const found = files[file][i];
  if (!found) throw new Error(`fixture ${file} has no entry ${i}`);
  return found;
}

describe("loadCorpus", () => {
  test("loads a valid article folder with its four files", () => {
    const { dir } = writeArticle();
    const [k] = loadCorpus(dir);
    expect(k?.article.id).toBe("tiny-article");
    expect(k?.facts.map((f) => f.id)).toEqual(["meeting-day"]);
    expect(k?.quotes.map((q) => q.speaker)).toEqual(["oh-keo-don"]);
    expect(k?.article.origin).toBe("curated");
  });

  test.each([
    {
      name: 'a fact whose paragraph is the string "1"',
      edit: (f: Files) => {
        entry(f, "facts.json", 0).paragraph = "1";
      },
      expected: ["facts.json", 'entry 0 (id "meeting-day")', 'field "paragraph"'],
    },
    {
      name: "a fact whose paragraph is 99",
      edit: (f: Files) => {
        entry(f, "facts.json", 0).paragraph = 99;
      },
      expected: ["facts.json", 'entry 0 (id "meeting-day")', 'field "paragraph"', "not 99"],
    },
    {
      name: "a fact with an answer type outside the list",
      edit: (f: Files) => {
        entry(f, "facts.json", 0).answerType = "weekday";
      },
      expected: ["facts.json", 'entry 0 (id "meeting-day")', 'field "answerType"'],
    },
    {
      name: "a fact without questions",
      edit: (f: Files) => {
        entry(f, "facts.json", 0).questions = [];
      },
      expected: ["facts.json", 'entry 0 (id "meeting-day")', 'field "questions"'],
    },
    {
      name: "a fact naming an unknown entity",
      edit: (f: Files) => {
        entry(f, "facts.json", 0).entities = ["prak-sokhonn", "kim-jong-un"];
      },
      expected: ["facts.json", 'entry 0 (id "meeting-day")', 'field "entities.1"', "kim-jong-un"],
    },
    {
      name: "two facts with the same id",
      edit: (f: Files) => {
        f["facts.json"].push({ ...entry(f, "facts.json", 0) });
      },
      expected: ["facts.json", 'entry 1 (id "meeting-day")', 'field "id"', "duplicate"],
    },
    {
      name: "a quote whose speaker is unknown",
      edit: (f: Files) => {
        entry(f, "quotes.json", 0).speaker = "hun-sen";
      },
      expected: ["quotes.json", 'entry 0 (id "q-oh-cooperate")', 'field "speaker"', "hun-sen"],
    },
    {
      name: "a quote with a misspelt field",
      edit: (f: Files) => {
        const q = entry(f, "quotes.json", 0);
        Object.assign(q, { speakr: q.speaker });
        delete q.speaker;
      },
      expected: ["quotes.json", 'entry 0 (id "q-oh-cooperate")', "speakr", 'field "speaker"'],
    },
    {
      name: "a quote in an unknown mode",
      edit: (f: Files) => {
        entry(f, "quotes.json", 0).mode = "paraphrased";
      },
      expected: ["quotes.json", 'entry 0 (id "q-oh-cooperate")', 'field "mode"'],
    },
    {
      name: "an entity id that is not lower-case-hyphenated",
      edit: (f: Files) => {
        entry(f, "entities.json", 1).id = "Oh Keo-don";
      },
      expected: ["entities.json", 'entry 1 (id "Oh Keo-don")', 'field "id"', "lower-case"],
    },
    {
      name: "paragraphs numbered 1, 3",
      edit: (f: Files) => {
        const second = f["article.json"].paragraphs[1];
        if (second) second.n = 3;
      },
      expected: ["article.json", 'field "paragraphs.1.n"', "expected 2, found 3"],
    },
    {
      name: "an article without a title",
      edit: (f: Files) => {
        delete f["article.json"].title;
      },
      expected: ["article.json", 'field "title"'],
    },
  ])("stops on $name, naming the file, entry and field", ({ edit, expected }) => {
    const { dir } = writeArticle(edit);
    const message = loadError(dir);
    for (const part of expected) expect(message).toContain(part);
  });

  test.each([
    { file: "entities.json", text: '[{"id": "prak-sokhonn",' },
    { file: "facts.json", text: "not json at all" },
    { file: "article.json", text: "" },
  ])("stops on malformed JSON in $file, naming the file", ({ file, text }) => {
    const { dir, folder } = writeArticle(undefined, { [file]: text });
    const message = loadError(dir);
    expect(message).toContain(join(folder, file));
    expect(message).toMatch(/JSON/);
  });

  test.each(["entities.json", "facts.json", "quotes.json"])(
    "stops when %s is missing, naming the file",
    (file) => {
      const { dir, folder } = writeArticle();
      unlinkSync(join(folder, file));
      expect(loadError(dir)).toContain(`${join(folder, file)}: file is missing`);
    },
  );

  test("reports every problem in one pass so an editor can fix them together", () => {
    const { dir } = writeArticle((f) => {
      entry(f, "facts.json", 0).paragraph = 99;
      entry(f, "quotes.json", 0).speaker = "nobody";
    });
    const message = loadError(dir);
    expect(message).toContain('field "paragraph"');
    expect(message).toContain('field "speaker"');
  });

  test("stops when the directory does not exist", () => {
    const missing = join(tmpdir(), "no-such-knowledge-dir-4f1c");
    expect(() => loadCorpus(missing)).toThrow(KnowledgeError);
    expect(() => loadCorpus(missing)).toThrow(missing);
  });

  test("stops when the directory holds no article folders", () => {
    const dir = tempDir("knowledge-empty-");
    expect(() => loadCorpus(dir)).toThrow(/No articles/);
  });

  test("skips hidden folders, such as the temp folder a killed ingest leaves behind", () => {
    const { dir } = writeArticle();
    // A complete copy: loaded, it would be a duplicate id and stop the whole corpus.
    const leftover = join(dir, ".tiny-article.ingest-123-456-abc");
    mkdirSync(leftover);
    for (const [name, content] of Object.entries(validFiles())) {
      writeFileSync(join(leftover, name), JSON.stringify(content));
    }
    expect(loadCorpus(dir).map((k) => k.article.id)).toEqual(["tiny-article"]);
  });

  test("stops when two folders declare the same article id, naming both folders", () => {
    const { dir, folder } = writeArticle();
    const copy = join(dir, "b-copy");
    mkdirSync(copy);
    for (const [name, content] of Object.entries(validFiles())) {
      writeFileSync(join(copy, name), JSON.stringify(content));
    }
    const message = loadError(dir);
    expect(message).toContain(folder);
    expect(message).toContain(copy);
  });

  test("loadArticle names the folder's file when called on one article directly", () => {
    const { folder } = writeArticle((f) => {
      entry(f, "facts.json", 0).paragraph = 0;
    });
    expect(() => loadArticle(folder)).toThrow(join(folder, "facts.json"));
  });
});
