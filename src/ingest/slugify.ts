/**
 * Lower-case words joined by hyphens (the schema's id format), diacritics removed.
 *
 * @example slugify("Oh Keo-don") // "oh-keo-don"
 */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, "");
}

/** Returns `base`, or `base-2`, `base-3`… whichever is not yet in `taken`; records it. */
export function uniqueId(base: string, taken: Set<string>): string {
  const root = base.length > 0 ? base : "item";
  let id = root;
  for (let n = 2; taken.has(id); n++) id = `${root}-${n}`;
  taken.add(id);
  return id;
}
