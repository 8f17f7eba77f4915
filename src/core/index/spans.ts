import nlp from "compromise";
import { tokenize } from "../analyze/tokenize.js";
import { STOP_WORDS } from "../text/stop-words.js";

/** What a candidate short answer is. */
export type SpanType =
  | "person"
  | "place"
  | "organisation"
  | "date"
  | "number"
  | "money"
  | "name"
  | "noun";

/** A candidate short answer inside a sentence: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  type: SpanType;
  /** Its content words (normalised, no stop words). */
  words: readonly string[];
}

interface TaggedTerm {
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  chunk: string;
}

/** compromise's tags, from the most specific class a term can belong to. */
const CLASSES: ReadonlyArray<readonly [SpanType, readonly string[]]> = [
  ["money", ["Money", "Currency"]],
  ["date", ["Date", "Year", "Month", "WeekDay", "Time"]],
  ["number", ["Value", "Cardinal", "NumericValue", "Percent", "Fraction", "Ordinal"]],
  ["person", ["Person"]],
  ["place", ["Place", "Country", "City", "Region"]],
  ["organisation", ["Organization", "SportsTeam"]],
  ["name", ["ProperNoun", "Demonym", "Acronym"]],
];

const classOf = (term: TaggedTerm): SpanType | undefined =>
  CLASSES.find(([, tags]) => tags.some((t) => term.tags.has(t)))?.[0];

/** Small words that may stand inside a name or a noun phrase ("Cape of Good Hope"). */
const INSIDE = new Set(["of", "de", "la", "du", "von", "van", "and", "the", "for"]);

function tagTerms(text: string): TaggedTerm[] {
  const out: TaggedTerm[] = [];
  for (const sentence of nlp(text).json({ offset: true, terms: { offset: true } }) as {
    terms: {
      offset: { start: number; length: number };
      tags: string[];
      chunk?: string;
      text: string;
    }[];
  }[]) {
    for (const t of sentence.terms) {
      if (t.text === "") continue;
      out.push({
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
        tags: new Set(t.tags),
        chunk: t.chunk ?? "",
      });
    }
  }
  return out;
}

/**
 * Candidate short answers of a text, tagged by compromise: runs of names, places, dates,
 * numbers and amounts, and noun phrases. They are what a sentence can answer ("when" with a
 * date, "who" with a person), and the spans a short answer is cut from.
 * @example tagSpans("Huguenots settled in 1624.").find((s) => s.type === "date") // {start: 21, end: 25, type: "date"}
 */
export function tagSpans(text: string): Span[] {
  const terms = tagTerms(text);
  const spans: Span[] = [];
  const push = (from: number, to: number, type: SpanType): void => {
    const first = terms[from];
    const last = terms[to];
    if (!first || !last) return;
    spans.push(spanAt(text, first.start, last.end, type));
  };
  // Typed runs: consecutive terms of one class, names joined across "of" ("Cape of Good Hope").
  let i = 0;
  while (i < terms.length) {
    const type = classOf(terms[i] as TaggedTerm);
    if (!type) {
      i++;
      continue;
    }
    let j = i;
    let runType = type;
    while (j + 1 < terms.length) {
      const next = terms[j + 1] as TaggedTerm;
      const nextType = classOf(next);
      const after = terms[j + 2] ? classOf(terms[j + 2] as TaggedTerm) : undefined;
      const word = text.slice(next.start, next.end).toLowerCase();
      if (nextType && compatible(runType, nextType)) {
        if (nextType === "money") runType = "money";
        j++;
      } else if (after && compatible(runType, after) && joins(runType, word)) j += 2;
      else break;
    }
    push(i, j, runType);
    i = j + 1;
  }
  // Noun phrases, as compromise chunks them, without a leading determiner.
  i = 0;
  while (i < terms.length) {
    if ((terms[i] as TaggedTerm).chunk !== "Noun") {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < terms.length && (terms[j + 1] as TaggedTerm).chunk === "Noun") j++;
    let from = i;
    while (from < j && (terms[from] as TaggedTerm).tags.has("Determiner")) from++;
    if (!spans.some((s) => s.start === terms[from]?.start && s.end === terms[j]?.end))
      push(from, j, "noun");
    i = j + 1;
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The span of `text` from `start` to `end`, with its content words. */
function spanAt(text: string, start: number, end: number, type: SpanType): Span {
  const words = tokenize(text.slice(start, end))
    .map((t) => t.word)
    .filter((w) => !STOP_WORDS.has(w));
  return { start, end, type, words };
}

const SPAN_TYPES: readonly SpanType[] = [
  "person",
  "place",
  "organisation",
  "date",
  "number",
  "money",
  "name",
  "noun",
];

/**
 * A sentence's spans as numbers (start, end and type of each), the way a stored index keeps
 * them: tagging takes milliseconds a sentence, reading them back microseconds.
 * @example decodeSpans(text, encodeSpans(tagSpans(text))) // equal to tagSpans(text)
 */
export function encodeSpans(spans: readonly Span[]): number[] {
  return spans.flatMap((s) => [s.start, s.end, SPAN_TYPES.indexOf(s.type)]);
}

/** The spans `encodeSpans` wrote, their words read again from the sentence. */
export function decodeSpans(text: string, codes: readonly number[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i + 2 < codes.length; i += 3) {
    const type = SPAN_TYPES[codes[i + 2] ?? -1];
    if (type) spans.push(spanAt(text, codes[i] ?? 0, codes[i + 1] ?? 0, type));
  }
  return spans;
}

/** Two classes one run may mix: a name of several kinds of words, "$2 million". */
function compatible(a: SpanType, b: SpanType): boolean {
  if (a === b) return true;
  if (isNameType(a) && isNameType(b)) return true;
  const amount = (t: SpanType) => t === "money" || t === "number";
  return amount(a) && amount(b);
}

/** A small word inside a run: "Cape of Good Hope", "5,000 to 30,000", "1688–1689". */
function joins(type: SpanType, word: string): boolean {
  if (isNameType(type)) return INSIDE.has(word);
  return word === "to" || word === "and" || word === "-" || word === "–";
}

function isNameType(type: SpanType): boolean {
  return type === "person" || type === "place" || type === "organisation" || type === "name";
}
