import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";

const CORE = join(import.meta.dirname, "../../src/core");
const FORBIDDEN = [
  /from\s+["'](node:)?(fs|fs\/promises|child_process|net|http|https|process)["']/,
  /from\s+["']discord\.js["']/,
  /from\s+["']@slack\//,
  /\bprocess\.env\b/,
  /\brequire\(/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

describe("src/core stays pure", () => {
  const files = sourceFiles(CORE);

  test("finds the core's files", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  test.each(files.map((f) => [relative(CORE, f), f]))(
    "%s imports no platform SDK, fs or env",
    (_name, file) => {
      const text = readFileSync(file, "utf8");
      for (const pattern of FORBIDDEN) expect(text, `matches ${pattern}`).not.toMatch(pattern);
    },
  );
});
