import type { Doc } from "./article-docs.js";

/**
 * A value worked out from a doc the first time a signal needs it, then kept with the doc (as
 * long as the doc lives): signals run for every candidate of every question, the doc's text
 * never changes.
 * @example const countedOf = docMemo((doc) => countedIn(doc.text));
 */
export function docMemo<T>(compute: (doc: Doc) => T): (doc: Doc) => T {
  const values = new WeakMap<Doc, T>();
  return (doc) => {
    let value = values.get(doc);
    if (value === undefined && !values.has(doc)) {
      value = compute(doc);
      values.set(doc, value);
    }
    return value as T;
  };
}
