import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { runIngest } from "../../../src/cli/ingest/run-ingest.js";

const temp = mkdtempSync(join(tmpdir(), "ingest-curated-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function ingest(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runIngest(args, {}, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("npm run ingest --force with curated/ corrections", { timeout: 60_000 }, () => {
  test("warns when the re-ingested text no longer fits the kept corrections", async () => {
    const data = join(temp, "data");
    const long = join(temp, "long.txt");
    const text = readFileSync("tests/fixtures/articles/gdansk-marathon.txt", "utf8");
    writeFileSync(long, text);
    const args = [long, "--title", "Gdansk Marathon", "--data", data];
    expect((await ingest(args)).code).toBe(0);

    // The editor adds a fact on the last paragraph.
    const folder = join(data, "gdansk-marathon");
    const article = JSON.parse(readFileSync(join(folder, "article.json"), "utf8"));
    const last = article.paragraphs.at(-1);
    mkdirSync(join(folder, "curated"));
    writeFileSync(
      join(folder, "curated", "facts.json"),
      JSON.stringify([
        {
          id: "last-word",
          paragraph: last.n,
          answerType: "other",
          answer: "the last word",
          statement: last.text,
          evidence: last.text,
          questions: ["What is the last word?"],
        },
      ]),
    );
    expect((await ingest([...args, "--force"])).err).toBe("");

    // A shorter version of the article drops that paragraph: the kept correction no longer fits.
    writeFileSync(
      long,
      text
        .split(/\n\s*\n/)
        .slice(0, 2)
        .join("\n\n"),
    );
    const again = await ingest([...args, "--force"]);
    expect(again.code).toBe(0);
    expect(again.err).toContain("Warning: kept");
    expect(again.err).toContain(
      `${join(folder, "curated", "facts.json")}: entry 0 (id "last-word")`,
    );
  });
});
