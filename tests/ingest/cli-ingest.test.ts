import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { loadCorpus } from "../../src/data/load-knowledge.js";
import { SEED_DIR } from "../fixtures/knowledge-dir.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixtures = join(root, "tests/fixtures/articles");
const seed = join(SEED_DIR, "article.txt");
const temp = mkdtempSync(join(tmpdir(), "ingest-cli-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let n = 0;
const freshDir = (name: string) => {
  const dir = join(temp, `${name}-${n++}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};

function ingest(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/ingest.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Folders in the data dir, hidden ones included (a leftover temp folder would show here). */
const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

describe("npm run ingest", { timeout: 120_000 }, () => {
  test("ingests a folder of articles into --data, and loadCorpus reads them", () => {
    const data = freshDir("kb");
    const run = ingest([fixtures, "--data", data]);
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    expect(entries(data)).toEqual([
      "leeds-childrens-hospital-opens-new-cancer-wing",
      "porto-novo-offshore-wind-farm-approved-after",
      "record-field-of-18-500-runners-for-gdansk",
    ]);
    const corpus = loadCorpus(data);
    expect(corpus.map((k) => k.article.origin)).toEqual(["ingested", "ingested", "ingested"]);
    const folder = join(data, "porto-novo-offshore-wind-farm-approved-after");
    expect(readFileSync(join(folder, "article.txt"), "utf8")).toBe(
      readFileSync(join(fixtures, "porto-novo-wind-farm.txt"), "utf8"),
    );
    expect(run.stdout).toMatch(/Ingested .*porto-novo-wind-farm\.txt/);
  });

  test("ingests the seed article with --title, --source and --date, and KB_DIR as the data dir", () => {
    const data = freshDir("kb");
    const run = ingest(
      [seed, "--title", "Busan summit (ingested)", "--source", "The Post", "--date", "2019-11-28"],
      { KB_DIR: data },
    );
    expect(run.code).toBe(0);
    const [k] = loadCorpus(data);
    expect(k?.article).toEqual(
      expect.objectContaining({
        id: "busan-summit-ingested",
        title: "Busan summit (ingested)",
        source: "The Post",
        published: "2019-11-28",
      }),
    );
    expect(k?.article.titleNote).toBeUndefined();
  });

  test("reads a Markdown article and takes its heading as the title", () => {
    const data = freshDir("md");
    const file = join(temp, "story.md");
    writeFileSync(
      file,
      "# Rain floods *Leeds*\n\nHeavy rain fell on **Monday**, Mayor Jane Doe said.\n\nMore than 200 homes were flooded, Doe said.\n",
    );
    const run = ingest([file, "--data", data]);
    expect(run.code).toBe(0);
    expect(loadCorpus(data)[0]?.article.title).toBe("Rain floods Leeds");
  });

  const bad: [string, () => string[], RegExp][] = [
    ["a missing path", () => [join(temp, "nope.txt")], /No such file or folder/],
    ["an empty file", () => [write("empty.txt", "")], /empty/],
    ["a whitespace-only file", () => [write("blank.txt", "  \n\n \t\n")], /only whitespace/],
    [
      "a binary file (NUL bytes)",
      () => [write("bin.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]))],
      /binary/,
    ],
    [
      "invalid UTF-8",
      () => [write("latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))],
      /not valid UTF-8/,
    ],
    ["no paragraphs", () => [write("dashes.md", "---\n\n***\n\n## \n")], /no paragraphs/],
    ["an unsupported file type", () => [write("article.pdf", "%PDF-1.4")], /only plain-text/],
    [
      "a folder without articles",
      () => [freshDir("emptyfolder")],
      /No \.txt, \.md or \.html files/,
    ],
    ["a bad --date", () => [seed, "--date", "28/11/2019"], /YYYY-MM-DD/],
  ];
  function write(name: string, content: string | Buffer): string {
    const file = join(temp, name);
    writeFileSync(file, content);
    return file;
  }

  test.each(bad)(
    "refuses %s with a clear message, a non-zero exit and nothing written",
    (_name, args, message) => {
      const data = freshDir("bad");
      const run = ingest([...args(), "--data", data]);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(message);
      expect(entries(data)).toEqual([]);
    },
  );

  test("refuses a 10 MB file, naming the limit", () => {
    const data = freshDir("big");
    const file = join(temp, "huge.txt");
    writeFileSync(
      file,
      "Kin Phea said the talks went well.\n\n".repeat(Math.ceil((10 * 1024 * 1024) / 36)),
    );
    const run = ingest([file, "--data", data]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/10\.0 MB.*limited to 1\.0 MB/);
    expect(entries(data)).toEqual([]);
  });

  test("refuses a duplicate article id unless --force, and never replaces curated knowledge", () => {
    const data = freshDir("dup");
    const file = join(fixtures, "gdansk-marathon.txt");
    expect(ingest([file, "--data", data]).code).toBe(0);
    const again = ingest([file, "--data", data]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists.*--force/);
    expect(ingest([file, "--data", data, "--force"]).code).toBe(0);
    expect(entries(data)).toEqual(["record-field-of-18-500-runners-for-gdansk"]);

    const curated = join(data, "record-field-of-18-500-runners-for-gdansk", "article.json");
    const article = JSON.parse(readFileSync(curated, "utf8"));
    writeFileSync(curated, JSON.stringify({ ...article, origin: "curated" }));
    const forced = ingest([file, "--data", data, "--force"]);
    expect(forced.code).toBe(1);
    expect(forced.stderr).toMatch(/curated knowledge; ingest will not overwrite it/);
    expect(JSON.parse(readFileSync(curated, "utf8")).origin).toBe("curated");
    expect(entries(data)).toEqual(["record-field-of-18-500-runners-for-gdansk"]);
  });

  test("a folder with one bad file writes nothing", () => {
    const data = freshDir("mixed");
    const folder = freshDir("mixed-input");
    copyFileSync(join(fixtures, "gdansk-marathon.txt"), join(folder, "a.txt"));
    writeFileSync(join(folder, "b.txt"), "");
    const run = ingest([folder, "--data", data]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/b\.txt: the file is empty[\s\S]*Nothing was written/);
    expect(entries(data)).toEqual([]);
  });

  test("bad usage exits with 2 and the usage text", () => {
    const run = ingest([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Usage: npm run ingest/);
  });
});
