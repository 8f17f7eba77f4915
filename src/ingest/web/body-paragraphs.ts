import { type DomElement, type DomNode, ELEMENT_NODE, elements, visibleText } from "./dom.js";

/** One block of text from the extracted article body, before boilerplate is dropped. */
export interface TextBlock {
  text: string;
  /** The element it came from: P, LI, BLOCKQUOTE… */
  tag: string;
  /** Characters of the text inside links. */
  linkChars: number;
}

/** Elements whose text is one paragraph when they hold no other block. */
const TEXT_BLOCKS = new Set(["P", "LI", "BLOCKQUOTE", "DD", "PRE", "TD"]);
/** Never part of the running text. */
const SKIPPED = new Set([
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "FIGCAPTION",
  "FIGURE",
  "TABLE",
  "CAPTION",
]);
const CONTAINERS = "p, li, blockquote, dd, pre, div, section, article, ul, ol, table";

/**
 * The article body's text blocks in reading order: each paragraph, list item or block quote that
 * holds no other block becomes one; headings, figures and captions are skipped.
 *
 * @example textBlocks(contentElement).map((b) => b.text) // ["A record 18,500 runners…", …]
 */
export function textBlocks(root: DomElement): TextBlock[] {
  const out: TextBlock[] = [];
  const walk = (node: DomNode): void => {
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as DomElement;
    if (SKIPPED.has(el.tagName)) return;
    if (TEXT_BLOCKS.has(el.tagName) && el.querySelector(CONTAINERS) === null) {
      const text = visibleText(el);
      if (text !== "") out.push({ text, tag: el.tagName, linkChars: linkChars(el) });
      return;
    }
    for (const child of Array.from(el.childNodes)) walk(child);
  };
  walk(root);
  return out;
}

function linkChars(el: DomElement): number {
  return elements(el.querySelectorAll("a")).reduce((sum, a) => sum + visibleText(a).length, 0);
}
