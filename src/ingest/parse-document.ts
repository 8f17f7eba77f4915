/** Stage 1: raw text or Markdown → an optional title, byline and plain paragraphs. */

import { readByline } from "./byline.js";

export type DocumentFormat = "text" | "markdown";

export interface ParsedDocument {
  /** A leading `# Heading` (Markdown) or a one-line headline (plain text), when present. */
  title?: string;
  /** Who wrote it, from a byline before the body ("By staff reporter"); never a paragraph. */
  byline?: string;
  paragraphs: string[];
}

/**
 * Splits an article into paragraphs at blank lines; lines inside a paragraph are joined, so
 * hard-wrapped text reads as one paragraph. Markdown markup (headings, emphasis, links, list
 * markers, block quotes, code) is removed and a leading `# Heading` becomes the title.
 *
 * @example parseDocument("# Rain\n\nIt *rained*.", "markdown") // { title: "Rain", paragraphs: ["It rained."] }
 */
export function parseDocument(raw: string, format: DocumentFormat): ParsedDocument {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const blocks = text
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  return takeByline(format === "markdown" ? parseMarkdown(blocks) : parsePlain(blocks));
}

/** Bylines stand before the body, right under the headline: look only at the first two paragraphs. */
const BYLINE_WINDOW = 2;

/** Moves a leading byline paragraph out of the paragraphs. */
function takeByline(doc: ParsedDocument): ParsedDocument {
  const at = doc.paragraphs.slice(0, BYLINE_WINDOW).findIndex((p) => readByline(p) !== undefined);
  const paragraph = doc.paragraphs[at];
  if (at === -1 || paragraph === undefined || doc.paragraphs.length < 2) return doc;
  return {
    ...doc,
    byline: readByline(paragraph),
    paragraphs: doc.paragraphs.filter((_, i) => i !== at),
  };
}

function parsePlain(blocks: string[]): ParsedDocument {
  const paragraphs = blocks.map(joinLines).filter(hasWords);
  const first = paragraphs[0];
  // A short first line without closing punctuation, followed by body text, is a headline.
  if (
    first !== undefined &&
    paragraphs.length > 1 &&
    looksLikeHeadline(first) &&
    readByline(first) === undefined
  ) {
    return { title: first, paragraphs: paragraphs.slice(1) };
  }
  return { paragraphs };
}

function parseMarkdown(blocks: string[]): ParsedDocument {
  let title: string | undefined;
  const paragraphs: string[] = [];
  for (const block of blocks) {
    if (/^(```|~~~)/.test(block)) continue; // code is not article prose
    const lines: string[] = [];
    for (const line of block.split("\n")) {
      const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
      if (heading) {
        // The first level-1 heading before any prose is the headline; other headings are dropped.
        if (title === undefined && heading[1] === "#" && paragraphs.length === 0) {
          title = stripInline(heading[2] ?? "");
        }
        continue;
      }
      if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) continue; // horizontal rule
      if (/^\s*(=+|-+)\s*$/.test(line) && lines.length > 0) {
        // Setext heading underline: the previous line was a heading.
        const previous = lines.pop() ?? "";
        if (title === undefined && line.trim().startsWith("=") && paragraphs.length === 0) {
          title = stripInline(previous);
        }
        continue;
      }
      lines.push(
        line
          .replace(/^\s{0,3}>\s?/, "") // block quote
          .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ""), // list item marker
      );
    }
    const paragraph = stripInline(joinLines(lines.join("\n")));
    if (hasWords(paragraph)) paragraphs.push(paragraph);
  }
  return title ? { title, paragraphs } : { paragraphs };
}

/** Removes inline Markdown: images, links, emphasis, code spans, HTML tags, escapes. */
export function stripInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<\/?[a-zA-Z][^>]*>/g, "")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(^|[\s(“"])[*_](?=\S)(.+?)(?<=\S)[*_](?=$|[\s).,;:!?”"])/g, "$1$2")
    .replace(/~~(.+?)~~/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, "$1")
    .replace(/[ \t]+/g, " ")
    .trim();
}

function joinLines(block: string): string {
  return block
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join(" ");
}

function hasWords(text: string): boolean {
  return /\p{L}/u.test(text);
}

function looksLikeHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words <= 16 && !/[.!?:;,…"”’)]$/.test(line) && /^\p{Lu}/u.test(line);
}
