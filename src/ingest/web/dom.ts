import { parseHTML } from "linkedom";

/**
 * The few DOM members extraction uses, so the rest of the code does not depend on which
 * server-side DOM parses the page. linkedom was chosen over jsdom by measurement (same
 * extraction on every fixture, 5–10× faster, ~8× less memory; see docs/web-ingest.md):
 * swapping it means changing only this file.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly id: string;
  readonly className: string;
  readonly children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

/** Parses an HTML page into a document that Readability and the metadata reader can walk. */
export function parseHtml(html: string): DomDocument {
  // A fragment without <html> would leave linkedom's document without a body.
  const page = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as DomDocument;
}

/** An element's elements as an array (DOM lists are live and array-like). */
export function elements(list: ArrayLike<DomElement>): DomElement[] {
  return Array.from(list);
}

/**
 * The text a reader sees in a node: `<br>` read as a space, whitespace collapsed, no-break
 * spaces made plain, soft hyphens and zero-width characters removed.
 */
export function visibleText(node: DomNode): string {
  const parts: string[] = [];
  const walk = (n: DomNode): void => {
    if (n.nodeType === TEXT_NODE) parts.push(n.textContent ?? "");
    else if (n.nodeName === "BR") parts.push(" ");
    else if (n.nodeType === ELEMENT_NODE) for (const child of Array.from(n.childNodes)) walk(child);
  };
  walk(node);
  return cleanText(parts.join(""));
}

export function cleanText(text: string): string {
  return text
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/[\s\u00A0]+/g, " ")
    .trim();
}
