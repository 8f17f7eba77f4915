import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { EnvSchema } from "../../src/config/env-schema.js";

// The README's promises that code can check: CI runs the test command the quick start gives,
// every npm script it names exists, and its configuration table and .env.example list exactly
// the variables the config schema reads.

const readme = readFileSync("README.md", "utf8");
const docs = readdirSync("docs")
  .filter((f) => f.endsWith(".md"))
  .map((f) => readFileSync(`docs/${f}`, "utf8"));
const ciRun = readFileSync(".ci/run", "utf8");
const envExample = readFileSync(".env.example", "utf8");
const scripts = Object.keys(
  (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts,
);
const schemaVars = Object.keys(EnvSchema.shape).sort();

const quickStart = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
const commandsOf = (block: string): string[] =>
  block
    .split("\n")
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter((line) => line.length > 0);

describe("the README", () => {
  test("gives the two quick-start commands, and .ci/run runs the test one exactly", () => {
    expect(commandsOf(quickStart)).toEqual(["npm ci && npm start", "npm ci && npm run check"]);
    const ciLast = commandsOf(ciRun).at(-1);
    expect(ciLast).toBe("npm ci && npm run check");
  });

  test("and docs/ name only npm scripts that exist", () => {
    const named = [readme, ...docs].flatMap((page) =>
      [...page.matchAll(/npm run (?:-s )?([a-z][\w:-]*)/g)].map((m) => m[1]),
    );
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((name) => !scripts.includes(name ?? ""))).toEqual([]);
  });

  test("its configuration table lists every variable the config reads, and no other", () => {
    const table = readme.split("## Configuration")[1]?.split("\n## ")[0] ?? "";
    const listed = [...table.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((m) => m[1]).sort();
    expect(listed).toEqual(schemaVars);
  });
});

describe(".env.example", () => {
  test("lists every variable the config reads, and no other", () => {
    const listed = [...envExample.matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]).sort();
    expect(listed).toEqual(schemaVars);
  });
});
