import { type DomDocument, elements } from "./dom.js";

/** One JSON-LD object (schema.org), as parsed. */
export type LdNode = Record<string, unknown>;

/** What JSON-LD says about a page's article. */
export interface LdArticle {
  headline?: string;
  authors: string[];
  datePublished?: string;
  publisher?: string;
  url?: string;
  /** False when the publisher marks the article as paid for (`isAccessibleForFree`). */
  free?: boolean;
  /** CSS selectors of the parts the publisher marks as not free (`hasPart.cssSelector`). */
  paidSelectors: string[];
}

export interface LdSummary {
  article?: LdArticle;
  /** The page says it is a list of items (CollectionPage, ItemList, SearchResultsPage…). */
  listing: boolean;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;
const LISTING_TYPES = new Set(["CollectionPage", "ItemList", "SearchResultsPage", "ProfilePage"]);

/**
 * Reads every `<script type="application/ld+json">`: arrays, `@graph` and `@id` references are
 * followed; a script that is not valid JSON is skipped (pages often carry broken ones).
 *
 * @example readJsonLd(doc).article?.datePublished // "2025-05-16T09:30:00+01:00"
 */
export function readJsonLd(doc: DomDocument): LdSummary {
  const nodes: LdNode[] = [];
  for (const script of elements(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const parsed = parseJson(script.textContent ?? "");
    if (parsed !== undefined) collect(parsed, nodes);
  }
  const byId = new Map<string, LdNode>();
  for (const node of nodes) if (typeof node["@id"] === "string") byId.set(node["@id"], node);
  const deref = (value: unknown): unknown => {
    const id = isNode(value) && Object.keys(value).length === 1 ? value["@id"] : undefined;
    return typeof id === "string" ? (byId.get(id) ?? value) : value;
  };
  const found = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t)));
  const listing = nodes.some((n) => typesOf(n).some((t) => LISTING_TYPES.has(t)));
  if (!found) return { listing };
  const publisher = deref(found["publisher"]);
  const mainEntity = deref(found["mainEntityOfPage"]);
  return {
    listing,
    article: {
      ...optional("headline", text(found["headline"]) ?? text(found["name"])),
      authors: list(found["author"]).flatMap((a) => {
        const author = deref(a);
        const name = isNode(author) ? text(author["name"]) : text(author);
        return name ? [name] : [];
      }),
      ...optional("datePublished", text(found["datePublished"]) ?? text(found["dateCreated"])),
      ...optional("publisher", isNode(publisher) ? text(publisher["name"]) : text(publisher)),
      ...optional(
        "url",
        text(found["url"]) ??
          (isNode(mainEntity)
            ? (text(mainEntity["@id"]) ?? text(mainEntity["url"]))
            : text(mainEntity)),
      ),
      ...optional("free", flag(found["isAccessibleForFree"])),
      paidSelectors: list(found["hasPart"]).flatMap((part) =>
        isNode(part) && flag(part["isAccessibleForFree"]) === false && text(part["cssSelector"])
          ? [text(part["cssSelector"]) as string]
          : [],
      ),
    },
  };
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    try {
      // Raw line breaks inside strings are the commonest breakage.
      return JSON.parse(raw.replace(/[\r\n\t]+/g, " "));
    } catch {
      return undefined;
    }
  }
}

function collect(value: unknown, out: LdNode[]): void {
  if (Array.isArray(value)) for (const v of value) collect(v, out);
  else if (isNode(value)) {
    out.push(value);
    if (value["@graph"] !== undefined) collect(value["@graph"], out);
  }
}

function isNode(value: unknown): value is LdNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typesOf(node: LdNode): string[] {
  return list(node["@type"]).flatMap((t) =>
    typeof t === "string" ? [t.replace(/^.*[/#:]/, "")] : [],
  );
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function text(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.replace(/\s+/g, " ").trim();
  return trimmed === "" ? undefined : trimmed;
}

function flag(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "string" && /^(true|false)$/i.test(value.trim())) {
    return value.trim().toLowerCase() === "true";
  }
  return undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
