import { type DomDocument, type DomElement, elements, visibleText } from "./dom.js";

/**
 * What is removed from a page before Readability reads it: page furniture by element and
 * ARIA role, invisible parts, and blocks whose class or id names a kind of furniture
 * (share bars, newsletter boxes, related stories, paywall prompts, comments, captions).
 */
export const PAGE_FURNITURE = Object.freeze({
  tags: [
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "canvas",
    "form",
    "button",
    "select",
    "textarea",
    "nav",
    "aside",
    "header",
    "footer",
    "figure",
    "figcaption",
    "dialog",
    "video",
    "audio",
  ],
  roles: [
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "dialog",
    "alertdialog",
    "search",
    "menu",
    "menubar",
  ],
  /** Matched against each class name and the id, as whole hyphen- or underscore-separated words. */
  names:
    /(?:^|[\s_-])(?:ad|ads|advert\w*|sponsor\w*|promo\w*|newsletter\w*|signup|subscri\w*|paywall\w*|regwall|share|sharing|social|comments?|related|recommend\w*|most-read|popular|trending|outbrain|taboola|cookie\w*|consent|breadcrumbs?|tags|author-bio|read-more|caption|credits?|byline|kicker|standfirst)(?:$|[\s_-])/i,
  /**
   * A block matched by name is removed only while it holds less than this share of the page's
   * text: a container named "story share-enabled" that wraps the article itself must stay.
   */
  maxShareOfText: 0.3,
});

const INVISIBLE =
  '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"], [style*="visibility:hidden"], [style*="visibility: hidden"]';

/**
 * Removes page furniture and invisible or paid-for parts in place. `paidSelectors` are the
 * publisher's own marks for content that is not free: it is never ingested.
 */
export function stripBoilerplate(doc: DomDocument, paidSelectors: readonly string[] = []): void {
  const root = doc.body ?? doc.documentElement;
  for (const selector of paidSelectors) removeAll(doc, selector);
  removeAll(doc, INVISIBLE);
  removeAll(doc, PAGE_FURNITURE.tags.join(", "));
  removeAll(doc, PAGE_FURNITURE.roles.map((r) => `[role="${r}"]`).join(", "));
  const total = visibleText(root).length;
  for (const el of elements(root.querySelectorAll("[class], [id]"))) {
    if (!isConnected(el, root) || !namesFurniture(el)) continue;
    if (visibleText(el).length <= total * PAGE_FURNITURE.maxShareOfText) el.remove();
  }
}

function namesFurniture(el: DomElement): boolean {
  const names = [...el.className.split(/\s+/), el.id].filter((n) => n.length > 0);
  return names.some((n) => PAGE_FURNITURE.names.test(n));
}

function removeAll(doc: DomDocument, selector: string): void {
  let found: DomElement[];
  try {
    found = elements(doc.querySelectorAll(selector));
  } catch {
    return; // a publisher's selector the parser cannot read: nothing matched
  }
  for (const el of found) el.remove();
}

/** Still in the document (an ancestor may have been removed already). */
function isConnected(el: DomElement, root: DomElement): boolean {
  let node = el.parentNode;
  while (node && node !== root) node = node.parentNode;
  return node === root;
}
