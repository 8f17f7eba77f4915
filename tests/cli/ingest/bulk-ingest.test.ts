import { spawnSync } from "node:child_process";
import {
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
import { afterAll, describe, expect, test } from "vitest";
import { buildNewsTexts } from "../../../src/bench/news-texts.js";
import { runIngest } from "../../../src/cli/ingest/run-ingest.js";
import { loadCorpus } from "../../../src/data/load-knowledge.js";

const temp = mkdtempSync(join(tmpdir(), "bulk-ingest-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A folder of news-length articles; the last repeats the first's headline with another story. */
function articles(name: string, n: number): string {
  const dir = join(temp, name);
  mkdirSync(dir);
  const texts = buildNewsTexts(n);
  for (const t of texts) writeFileSync(join(dir, t.name), t.text);
  const [first, last] = [texts[0], texts[n - 1]];
  if (!first || !last) throw new Error("no texts");
  const headline = first.text.split("\n")[0];
  writeFileSync(
    join(dir, last.name),
    `${headline}\n\n${last.text.split("\n\n").slice(1).join("\n\n")}`,
  );
  return dir;
}

async function ingest(args: string[], options: { threads?: number; isTTY?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  const code = await runIngest(
    args,
    {},
    {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      progress: { isTTY: options.isTTY ?? false, write: (t) => progress.push(t) },
      ...(options.threads === undefined ? {} : { threads: options.threads }),
    },
  );
  return { code, out: out.join("\n"), err: err.join("\n"), progress: progress.join("") };
}

describe("bulk ingest", { timeout: 120_000 }, () => {
  test("two worker threads ingest a folder; a repeated headline gets its own id, not a refused run", async () => {
    const input = articles("many", 6);
    const data = join(temp, "kb-threads");
    const run = await ingest([input, "--data", data], { threads: 2 });
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    const corpus = loadCorpus(data);
    expect(corpus).toHaveLength(6);
    const ids = corpus.map((k) => k.article.id);
    expect(new Set(ids).size).toBe(6);
    const headline = readFileSync(join(input, "article-00001.txt"), "utf8").split("\n")[0];
    const same = corpus.filter((k) => k.article.title === headline).map((k) => k.article.id);
    const [id] = same;
    expect(same).toEqual([id, `${id}-2`]);
    expect(run.out).toContain(`is ingested as "${id}-2"`);
    // Not a terminal: plain progress lines with the count.
    expect(run.progress).toContain("Ingested 6/6 articles (100 %)");
    expect(run.progress).not.toContain("\r");

    // The same files in this thread give the same knowledge.
    const inline = join(temp, "kb-inline");
    expect((await ingest([input, "--data", inline], { threads: 1 })).code).toBe(0);
    expect(loadCorpus(inline)).toEqual(corpus);
  });

  test("saved web pages go through the workers too, with their notes (a paywall)", async () => {
    const input = join(temp, "mixed");
    mkdirSync(input);
    for (const name of ["plain-news.html", "paywall-teaser.html"])
      writeFileSync(join(input, name), readFileSync(join("tests/fixtures/web", name)));
    writeFileSync(
      join(input, "gdansk.txt"),
      readFileSync("tests/fixtures/articles/gdansk-marathon.txt"),
    );
    const threaded = await ingest([input, "--data", join(temp, "kb-mixed-2")], { threads: 2 });
    expect(threaded.err).toBe("");
    expect(threaded.code).toBe(0);
    expect(threaded.out.match(/^Ingested /gm)).toHaveLength(3);
    expect(threaded.out).toMatch(/paywall/i);
    const inline = await ingest([input, "--data", join(temp, "kb-mixed-1")], { threads: 1 });
    expect(inline.code).toBe(0);
    expect(loadCorpus(join(temp, "kb-mixed-2"))).toEqual(loadCorpus(join(temp, "kb-mixed-1")));
  });

  test("on a terminal the progress bar is redrawn in place and ends with the count", async () => {
    const input = articles("tty", 4);
    const run = await ingest([input, "--data", join(temp, "kb-tty")], { threads: 1, isTTY: true });
    expect(run.code).toBe(0);
    expect(run.progress).toContain("\r");
    expect(run.progress).toMatch(/\] 4\/4 articles\n$/);
  });

  test("cleans the temp folders of a killed ingest, and puts back an article it had moved aside", async () => {
    const data = join(temp, "kb-leftovers");
    mkdirSync(data);
    // A process that has ended: its pid names folders nobody is writing any more.
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid;
    const leftover = join(data, `.some-article.ingest-${dead}-1700000000000-abc123`);
    mkdirSync(leftover);
    writeFileSync(join(leftover, "facts.json"), "[]");
    const movedAside = join(data, `.kept-article.replaced-${dead}-1700000000000-def456`);
    mkdirSync(movedAside);
    writeFileSync(join(movedAside, "article.json"), "{}");
    // A running ingest's folder (this process is alive) is left alone.
    const live = join(data, `.busy.ingest-${process.pid}-1700000000000-ghi789`);
    mkdirSync(live);

    const input = join(temp, "one.txt");
    writeFileSync(input, readFileSync("tests/fixtures/articles/gdansk-marathon.txt"));
    const run = await ingest([input, "--data", data]);
    expect(run.code).toBe(0);
    expect(run.err).toContain(`Removed ${leftover}/`);
    expect(run.err).toContain(`Restored ${join(data, "kept-article")}/`);
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(join(data, "kept-article", "article.json"))).toBe(true);
    expect(existsSync(live)).toBe(true);
    expect(
      readdirSync(data).filter((n) => n.startsWith(".") && n !== live.split("/").at(-1)),
    ).toEqual([]);
  });
});
