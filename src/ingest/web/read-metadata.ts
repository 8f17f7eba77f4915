import { readByline } from "../byline.js";
import { cleanText, type DomDocument, elements, visibleText } from "./dom.js";
import { toIsoDate } from "./iso-date.js";
import { readJsonLd } from "./json-ld.js";

/** What a page says about its article, read before extraction changes the document. */
export interface PageMetadata {
  headline?: string;
  byline?: string;
  /** YYYY-MM-DD */
  published?: string;
  siteName?: string;
  /** Absolute http(s) URL. */
  canonicalUrl?: string;
  /** JSON-LD names an article type, or `og:type` is "article". */
  declaresArticle: boolean;
  /** JSON-LD names a list of items (a section front, search results). */
  declaresListing: boolean;
  /** The publisher marks the article as not free to read. */
  paywalled: boolean;
  /** Selectors of the parts marked as not free: removed, never ingested. */
  paidSelectors: string[];
}

/** `<meta>` names and properties, in the order each field tries them. */
const META = Object.freeze({
  headline: ["og:title", "twitter:title", "dc.title"],
  byline: ["author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author"],
  published: [
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
    "sailthru.date",
    "parsely-pub-date",
    "citation_publication_date",
  ],
  siteName: ["og:site_name", "application-name", "publisher"],
  url: ["og:url", "twitter:url"],
});

/** Elements that hold a byline in the page when no metadata names the writer. */
const BYLINE_ELEMENTS = '[rel="author"], [itemprop="author"], .byline, .author, .author-name';

/**
 * Headline, byline, publication date, site name and canonical URL from JSON-LD (schema.org
 * NewsArticle and kin), `<meta>` tags and `<link rel="canonical">`, in that order of trust.
 *
 * @example readPageMetadata(doc, "https://news.example/a").published // "2025-10-02"
 */
export function readPageMetadata(doc: DomDocument, pageUrl?: string): PageMetadata {
  const ld = readJsonLd(doc);
  const article = ld.article;
  const meta = metaValues(doc);
  const first = (names: readonly string[]): string | undefined =>
    names.map((n) => meta.get(n)).find((v) => v !== undefined && v !== "");
  const notUrl = (v: string | undefined) => (v && !/^https?:\/\//i.test(v) ? v : undefined);

  const byline =
    (article?.authors.length ? joinNames(article.authors) : undefined) ??
    META.byline.map((n) => notUrl(meta.get(n))).find(Boolean) ??
    bylineInPage(doc);
  const published =
    toIsoDate(article?.datePublished) ??
    META.published.map((n) => toIsoDate(meta.get(n))).find(Boolean) ??
    toIsoDate(
      doc.querySelector('time[itemprop="datePublished"], time[pubdate]')?.getAttribute("datetime"),
    );
  const canonical = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute("href"),
    first(META.url),
    article?.url,
  ]
    .map((href) => absoluteHttpUrl(href, pageUrl))
    .find(Boolean);
  const headline = article?.headline ?? first(META.headline);
  const siteName = first(META.siteName.slice(0, 1)) ?? article?.publisher ?? first(META.siteName);
  return {
    ...(headline ? { headline: cleanText(headline) } : {}),
    ...(byline ? { byline: cleanText(byline) } : {}),
    ...(published ? { published } : {}),
    ...(siteName ? { siteName: cleanText(siteName) } : {}),
    ...(canonical ? { canonicalUrl: canonical } : {}),
    declaresArticle: article !== undefined || meta.get("og:type") === "article",
    declaresListing: ld.listing,
    paywalled: article?.free === false || (article?.paidSelectors.length ?? 0) > 0,
    paidSelectors: article?.paidSelectors ?? [],
  };
}

/** name/property/itemprop → content; the first of each name wins, as browsers read them. */
function metaValues(doc: DomDocument): Map<string, string> {
  const values = new Map<string, string>();
  for (const el of elements(doc.querySelectorAll("meta[content]"))) {
    const key = (
      el.getAttribute("property") ??
      el.getAttribute("name") ??
      el.getAttribute("itemprop")
    )
      ?.trim()
      .toLowerCase();
    const content = el.getAttribute("content")?.trim();
    if (key && content && !values.has(key)) values.set(key, content);
  }
  return values;
}

function bylineInPage(doc: DomDocument): string | undefined {
  for (const el of elements(doc.querySelectorAll(BYLINE_ELEMENTS))) {
    const text = visibleText(el);
    if (text === "" || text.length > 100) continue;
    const named = readByline(text) ?? (readByline(`By ${text}`) ? text : undefined);
    if (named) return named;
  }
  return undefined;
}

function joinNames(names: string[]): string {
  const unique = [...new Set(names)];
  return unique.length <= 1
    ? (unique[0] ?? "")
    : `${unique.slice(0, -1).join(", ")} and ${unique.at(-1)}`;
}

/** An href made absolute against the page's URL; only http(s) addresses are kept. */
export function absoluteHttpUrl(
  href: string | null | undefined,
  base: string | undefined,
): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
    url.hash = "";
    return url.href;
  } catch {
    return undefined;
  }
}
