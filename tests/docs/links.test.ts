import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

// The README and docs/ link to each other and into the tree; a moved file or a renamed heading
// must not leave a link that leads nowhere.

const root = fileURLToPath(new URL("../..", import.meta.url));
const pages = [
  join(root, "README.md"),
  ...readdirSync(join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => join(root, "docs", f)),
];

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
const anchorOf = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");

const anchorsIn = (path: string): Set<string> =>
  new Set(
    readFileSync(path, "utf8")
      .split("\n")
      .filter((line) => /^#{1,6} /.test(line))
      .map((line) => anchorOf(line.replace(/^#+ /, ""))),
  );

/** Relative links outside code spans and fences: `[text](target)`. */
function linksIn(text: string): string[] {
  const prose = text.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1] ?? "")
    .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith("#"));
}

describe("links in the README and docs/", () => {
  for (const page of pages) {
    test(`${relative(root, page)}: every relative link resolves`, () => {
      const broken = linksIn(readFileSync(page, "utf8")).filter((link) => {
        const [file = "", anchor] = link.split("#");
        const target = join(dirname(page), file);
        if (!existsSync(target)) return true;
        return anchor !== undefined && target.endsWith(".md") && !anchorsIn(target).has(anchor);
      });
      expect(broken).toEqual([]);
    });
  }
});
