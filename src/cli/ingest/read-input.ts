import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { decodeBody } from "../../fetch/content-type.js";
import { FETCH_DEFAULTS } from "../../fetch/fetch-settings.js";
import type { DocumentFormat } from "../../ingest/index.js";

/** Bad input: the message says what is wrong and what to do. */
export class IngestInputError extends Error {
  override name = "IngestInputError";
}

/** News articles are a few kilobytes; anything past this is not an article (and would be slow). */
export const MAX_ARTICLE_BYTES = 1024 * 1024;
/** A saved web page carries its markup, scripts and styles: the fetcher's limit applies. */
export const MAX_HTML_BYTES = FETCH_DEFAULTS.maxBytes;

/** How a file is read: as text or Markdown, or as a web page whose article is extracted. */
export type InputFormat = DocumentFormat | "html";

const EXTENSIONS: Record<string, InputFormat> = {
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
};

/** The article files a path names: the file itself, or every .txt/.md/.html in a folder (sorted). */
export function listInputFiles(path: string): string[] {
  if (!existsSync(path)) throw new IngestInputError(`No such file or folder: ${path}`);
  const stat = statSync(path);
  if (stat.isDirectory()) {
    const files = readdirSync(path, { withFileTypes: true })
      .filter((d) => d.isFile() && extname(d.name).toLowerCase() in EXTENSIONS)
      .map((d) => join(path, d.name))
      .sort();
    if (files.length === 0) throw new IngestInputError(`No .txt, .md or .html files in ${path}`);
    return files;
  }
  if (!(extname(path).toLowerCase() in EXTENSIONS)) {
    throw new IngestInputError(
      `${path}: only plain-text (.txt), Markdown (.md) and HTML (.html) articles can be ingested.`,
    );
  }
  return [path];
}

/** Reads an article file, refusing empty, oversized and binary files with a clear message. */
export function readArticleFile(path: string): { text: string; format: InputFormat } {
  const format = EXTENSIONS[extname(path).toLowerCase()] ?? "text";
  const size = statSync(path).size;
  const limit = format === "html" ? MAX_HTML_BYTES : MAX_ARTICLE_BYTES;
  if (size > limit) {
    throw new IngestInputError(
      `${path}: the file is ${formatBytes(size)}; ${format === "html" ? "web pages" : "articles"} are limited to ${formatBytes(limit)}. Split it into one file per article.`,
    );
  }
  const bytes = readFileSync(path);
  if (bytes.length === 0) throw new IngestInputError(`${path}: the file is empty.`);
  if (bytes.includes(0)) {
    throw new IngestInputError(
      `${path}: this looks like a binary file (it contains NUL bytes), not a text article.`,
    );
  }
  let text: string;
  try {
    // A saved page says its own encoding; the fetcher's decoder reads it the same way.
    text =
      format === "html"
        ? decodeBody(bytes)
        : new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new IngestInputError(
      `${path}: the file is not valid UTF-8 text. Save it as UTF-8 and try again.`,
    );
  }
  if (text.trim().length === 0)
    throw new IngestInputError(`${path}: the file has only whitespace.`);
  return { text, format };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
