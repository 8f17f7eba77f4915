import { isProbablyReaderable, Readability } from "@mozilla/readability";
import { type TextBlock, textBlocks } from "./body-paragraphs.js";
import { isBylineLine, isCallToAction, isCreditLine, isDateLine } from "./boilerplate-lines.js";
import { type DomElement, parseHtml } from "./dom.js";
import { readPageMetadata } from "./read-metadata.js";
import { stripBoilerplate } from "./strip-boilerplate.js";

/** An article as read from its web page: metadata and the paragraphs of its body. */
export interface ExtractedArticle {
  title?: string;
  byline?: string;
  /** YYYY-MM-DD */
  published?: string;
  /** The site's name, used as the article's source. */
  siteName?: string;
  /** Canonical http(s) URL. */
  url?: string;
  paragraphs: string[];
  /** The publisher marks the article as paid for: only the free part was read. */
  paywalled: boolean;
  /** Blocks of the body that were left out, and why (for diagnostics and tests). */
  dropped: { text: string; why: string }[];
}

/** The limits that tell an article from another kind of page, in one place. */
export const EXTRACTION = Object.freeze({
  /** Fewer words of running text than this is not an article (a paywall teaser has ~80). */
  minWords: 40,
  /** A block whose text is mostly link text is a link ("Read more: …", a related story). */
  maxLinkShare: 0.5,
  /** Below this many paragraphs, a page that neither Readability nor its markup calls an article is not one. */
  minParagraphsUnmarked: 3,
});

/** The page is not an article (a section front, a search page, a video page…). */
export class NotAnArticleError extends Error {
  override name = "NotAnArticleError";
}

/**
 * Reads a news article out of an HTML page with Mozilla's Readability over a server-side DOM:
 * metadata first (JSON-LD, `<meta>`, canonical link), then page furniture and paid-for parts
 * are removed, Readability finds the body, and boilerplate blocks (bylines, datelines, credits,
 * calls to action, link lists, repeated pull quotes) are dropped. Throws NotAnArticleError for a
 * page that is not an article.
 *
 * @example extractArticle(html, "https://news.example/a").paragraphs[0] // "A record 18,500 runners…"
 */
export function extractArticle(html: string, pageUrl?: string): ExtractedArticle {
  const doc = parseHtml(html);
  const meta = readPageMetadata(doc, pageUrl);
  const readerable = isProbablyReaderable(doc as never);
  stripBoilerplate(doc, meta.paidSelectors);
  const result = new Readability<DomElement>(doc as never, {
    serializer: (node) => node as never,
  }).parse();
  if (!result?.content) throw new NotAnArticleError("no article text was found on the page");

  const dropped: ExtractedArticle["dropped"] = [];
  const byline = meta.byline ?? bylineOf(textBlocks(result.content));
  const kept = keepArticleText(textBlocks(result.content), byline, dropped);
  const words = kept.reduce((n, p) => n + p.split(/\s+/).length, 0);
  if (meta.declaresListing && !meta.declaresArticle) {
    throw new NotAnArticleError("the page describes itself as a list of stories");
  }
  if (words < EXTRACTION.minWords) {
    throw new NotAnArticleError(`it has only ${words} words of article text`);
  }
  if (!readerable && !meta.declaresArticle && kept.length < EXTRACTION.minParagraphsUnmarked) {
    throw new NotAnArticleError("it has too little running text and is not marked as an article");
  }
  const title = cleanTitle(
    meta.headline ?? result.title ?? undefined,
    meta.siteName ?? result.siteName,
  );
  const siteName = meta.siteName ?? result.siteName ?? undefined;
  return {
    ...(title ? { title } : {}),
    ...(byline ? { byline } : {}),
    ...(meta.published ? { published: meta.published } : {}),
    ...(siteName ? { siteName } : {}),
    ...(meta.canonicalUrl ? { url: meta.canonicalUrl } : {}),
    paragraphs: kept,
    paywalled: meta.paywalled,
    dropped,
  };
}

/** A byline standing as a paragraph of the body, when no metadata named the writer. */
function bylineOf(blocks: TextBlock[]): string | undefined {
  for (const block of blocks.slice(0, 3)) {
    const match = /^(?:by|written by)\s+(.+?)[.\s]*$/i.exec(block.text);
    if (match?.[1] && isBylineLine(block.text)) return match[1].split(/[,|]/)[0]?.trim();
  }
  return undefined;
}

function keepArticleText(
  blocks: TextBlock[],
  byline: string | undefined,
  dropped: ExtractedArticle["dropped"],
): string[] {
  const why = (block: TextBlock): string | undefined => {
    if (!/\p{L}/u.test(block.text)) return "no words";
    if (block.linkChars / block.text.length > EXTRACTION.maxLinkShare) return "mostly a link";
    if (isBylineLine(block.text, byline)) return "byline";
    if (isDateLine(block.text)) return "dateline";
    if (isCreditLine(block.text)) return "credit";
    if (isCallToAction(block.text)) return "call to action";
    return undefined;
  };
  const candidates = blocks.filter((block) => {
    const reason = why(block);
    if (reason) dropped.push({ text: block.text, why: reason });
    return reason === undefined;
  });
  // A pull quote or a repeated standfirst repeats words that stand in a longer paragraph.
  const keys = candidates.map((b) => comparable(b.text));
  return candidates
    .filter((block, i) => {
      const key = keys[i] ?? "";
      const repeats = keys.some(
        (other, j) =>
          j !== i && (other.length > key.length || (other === key && j < i)) && other.includes(key),
      );
      if (repeats) dropped.push({ text: block.text, why: "repeats another paragraph" });
      return !repeats;
    })
    .map((b) => b.text);
}

/** Letters and digits only, lower case: "“We were never…”" and "We were never…" compare equal. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** "Headline | Site" → "Headline" when the suffix is the site's name. */
function cleanTitle(
  title: string | undefined,
  siteName: string | null | undefined,
): string | undefined {
  const trimmed = title?.replace(/\s+/g, " ").trim();
  if (!trimmed) return undefined;
  if (!siteName) return trimmed;
  const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const cut = trimmed.replace(new RegExp(`\\s*[|–—:-]\\s*${escaped}\\s*$`, "i"), "").trim();
  return cut || trimmed;
}
