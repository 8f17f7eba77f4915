/**
 * Bylines ("By Anna Lewandowska", "*By staff reporter*") name who wrote an article; they are
 * not part of its text and must not become paragraph 1.
 */

const LEAD = /^(?:by|written by|words by|story by|text by)[:\s]+(.+?)[.\s]*$/i;
/** Small words that may stand inside a name or a list of names. */
const CONNECTORS = new Set([
  "and",
  "&",
  "de",
  "da",
  "das",
  "do",
  "dos",
  "van",
  "von",
  "der",
  "den",
  "la",
  "le",
  "del",
  "della",
  "y",
  "bin",
  "al",
  "el",
  "in",
  "for",
  "the",
  "of",
]);
/** An unnamed writer: "staff reporter", "our correspondent", "a staff writer", "Reuters staff". */
const UNNAMED =
  /^(?:(?:our|a|an|the)\s+)?(?:[\p{L}.]+\s+)?(?:staff|reporter|reporters|correspondent|correspondents|writer|writers|team|desk|editor|editors|newsroom)(?:\s+(?:reporter|writer|correspondent)s?)?$/iu;
const MAX_WORDS = 12;

/**
 * The writer a byline names, or undefined when the text is not a byline: "By" followed by
 * capitalised names (with their connectors, commas, a role or place after a comma) or an unnamed
 * writer. A sentence that starts with "By" ("By Friday the port had reopened.") is not one.
 *
 * @example readByline("By Camila Rojas") // "Camila Rojas"
 * @example readByline("By staff reporter") // "staff reporter"
 * @example readByline("By 2030, the city wants more trams.") // undefined
 */
export function readByline(text: string): string | undefined {
  const rest = LEAD.exec(text.replace(/\s+/g, " ").trim())?.[1]?.trim();
  if (!rest || /\d/.test(rest)) return undefined;
  const words = rest.split(/[\s,|/–—]+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > MAX_WORDS) return undefined;
  if (UNNAMED.test(rest)) return rest;
  const named = words.every((w) => /^\p{Lu}/u.test(w) || CONNECTORS.has(w.toLowerCase()));
  const startsWithName = /^\p{Lu}/u.test(words[0] ?? "");
  return named && startsWithName ? rest : undefined;
}
