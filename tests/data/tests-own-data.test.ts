import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

// The repository's data/ is the user's: what they ingest there must change no test. Tests read
// tests/fixtures/knowledge/ instead (tests/fixtures/knowledge-dir.ts). This scan catches a test
// that reaches for data/ again.

const testsDir = fileURLToPath(new URL("..", import.meta.url));
const thisFile = fileURLToPath(import.meta.url);
const READS_USER_DATA = [
  /\(\s*["'`]data["'`]\s*\)/, // loadCorpus("data")
  /["'`](?:\.\.\/)+data["'`/]/, // new URL("../../data", …)
  /["'`]data\/[\w-]/, // "data/cambodia-…"
  /join\(\s*(?:root|repoRoot|REPO_ROOT)\s*,\s*["'`]data["'`]/, // join(root, "data")
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === "fixtures" ? [] : sourceFiles(path);
    return d.name.endsWith(".ts") && path !== thisFile ? [path] : [];
  });
}

describe("tests use their own fixtures", () => {
  test("no test reads the repository's data/ directory", () => {
    const offenders = sourceFiles(testsDir).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) =>
          !line.trimStart().startsWith("import ") && READS_USER_DATA.some((re) => re.test(line))
            ? [`${relative(testsDir, file)}:${i + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(offenders).toEqual([]);
  });

  test("the scan recognises the ways a test could name data/", () => {
    const lines = [
      'loadCorpus("data")',
      'new URL("../../../data", import.meta.url)',
      'join(root, "data/cambodia-korea-busan-summit/article.txt")',
      'loadEngine(join(repoRoot, "data"))',
    ];
    for (const line of lines)
      expect(
        READS_USER_DATA.some((re) => re.test(line)),
        line,
      ).toBe(true);
    expect(READS_USER_DATA.some((re) => re.test('freshDir("kb")'))).toBe(false);
    expect(READS_USER_DATA.some((re) => re.test('join(temp, "data")'))).toBe(false);
  });
});
