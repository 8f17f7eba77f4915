import type { ArticleKnowledge } from "../../core/knowledge/schema.js";
import { ingestParagraphs } from "../ingest-article.js";
import type { ExtractedArticle } from "./extract-article.js";

/**
 * The knowledge of an article read from a web page: its paragraphs go through the same
 * pipeline as a text file; title, byline, date, site name (as the source) and canonical URL
 * come from the page. Without a site name, the host names the source ("news.example").
 *
 * @example pageKnowledge(extractArticle(html, url)).article.url // "https://news.example/a"
 */
export function pageKnowledge(
  page: ExtractedArticle,
  options: { id?: string; fallbackUrl?: string } = {},
): ArticleKnowledge {
  const url = page.url ?? options.fallbackUrl;
  const source = page.siteName ?? (url ? new URL(url).hostname.replace(/^www\./, "") : undefined);
  return ingestParagraphs(page.paragraphs, {
    ...(page.title ? { title: page.title } : {}),
    ...(source ? { source } : {}),
    ...(page.published ? { published: page.published } : {}),
    ...(page.byline ? { byline: page.byline } : {}),
    ...(url ? { url } : {}),
    ...(options.id ? { id: options.id } : {}),
  });
}

/** The article as clean text, kept beside its knowledge as `article.txt`: headline, then paragraphs. */
export function pageText(page: ExtractedArticle, title: string): string {
  return `${[title, ...page.paragraphs].join("\n\n")}\n`;
}
