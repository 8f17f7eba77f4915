/** What a fetched document is: a web page, or a feed of them. */
export type DocumentKind = "html" | "feed";

/** The media types the fetcher accepts; generic XML is a feed or XHTML, told by its root element. */
const ACCEPTED: Readonly<Record<string, DocumentKind | "xml">> = Object.freeze({
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/rss+xml": "feed",
  "application/atom+xml": "feed",
  "application/xml": "xml",
  "text/xml": "xml",
});

/** The Accept header sent with every request: the same types, HTML first. */
export const ACCEPT_HEADER =
  "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9";

export interface MediaType {
  /** e.g. "text/html", lower case, without parameters. */
  type: string;
  charset?: string;
}

export function parseContentType(header: string | undefined): MediaType {
  const [type = "", ...params] = (header ?? "").split(";");
  const charset = params
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1])
    .find((c) => c !== undefined);
  return { type: type.trim().toLowerCase(), ...(charset ? { charset } : {}) };
}

/** "html", "xml" (to be told by its content) or undefined when the type is not accepted. */
export function acceptedKind(type: string): DocumentKind | "xml" | undefined {
  return ACCEPTED[type];
}

/** A generic XML document is a feed when its root is <rss>, <feed> or <rdf:RDF>. */
export function xmlKind(text: string): DocumentKind {
  const root = /<(?!\?|!)([A-Za-z][\w:.-]*)/.exec(text)?.[1]?.toLowerCase();
  return root === "rss" || root === "feed" || root === "rdf:rdf" ? "feed" : "html";
}

/**
 * Decodes a body: the charset the server named, else a byte-order mark, else what the document
 * declares in its first kilobyte (`<meta charset>`, `<?xml encoding?>`), else UTF-8.
 */
export function decodeBody(bytes: Uint8Array, declared?: string): string {
  const label = declared ?? bomCharset(bytes) ?? sniffCharset(bytes) ?? "utf-8";
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes); // an unknown label: UTF-8 is the web's default
  }
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return undefined;
}

function sniffCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return (
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)["']/i.exec(head)?.[1]
  );
}
