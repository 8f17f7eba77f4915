import {
  DISTANCE_UNITS,
  DURATION_UNITS,
  MONEY_WORDS,
  MONTHS,
  NUMBER_QUALIFIERS,
  NUMBER_WORDS,
  UNITS,
  WEEKDAYS,
} from "./lexicon.js";
import { hasTag, isCapitalised, lower } from "./tag-tokens.js";
import type { ParsedParagraph, Token } from "./types.js";

export type QuantityUnit =
  | "count"
  | "money"
  | "duration"
  | "distance"
  | "percent"
  | "age"
  | "time"
  | "other";

/** A number or a date found in a sentence, with the words that say what it counts. */
export interface Quantity {
  kind: "number" | "date";
  paragraph: number;
  sentence: number;
  /** The answer as written, with its qualifier or preposition: "over 9,000", "since 2007". */
  text: string;
  start: number;
  end: number;
  /** Token indexes [first, last] of the answer. */
  first: number;
  last: number;
  /** What a number counts, verbatim: "Cambodians", "local workers". */
  counted?: string;
  /** Token index after the counted words (where the rest of the phrase starts). */
  countedEnd?: number;
  unit: QuantityUnit;
  /** For dates: the leading preposition, lower-case ("since", "on", "from"…). */
  preposition?: string;
}

const DATE_PREPOSITIONS = new Set([
  "on",
  "since",
  "from",
  "by",
  "in",
  "until",
  "till",
  "before",
  "after",
  "between",
  "during",
  "early",
  "late",
  "last",
  "next",
  "this",
  "throughout",
]);
const RELATIVE = new Set([
  "year",
  "month",
  "week",
  "weekend",
  "summer",
  "winter",
  "spring",
  "autumn",
]);

/**
 * Stage: numbers and dates. Dates: weekdays ("on Monday"), days and ranges ("from November 24 to
 * 27"), months, years ("since 2007", "by the end of 2027"), relative dates ("early next year"),
 * clock times. Numbers: digits or number words with their qualifier, scale and unit ("over
 * 9,000", "1.2 billion euros") and the noun they count ("Cambodians", "local workers").
 */
export function findQuantities(p: ParsedParagraph): Quantity[] {
  const out: Quantity[] = [];
  const used = new Set<number>();
  const t = p.tokens;
  for (let i = 0; i < t.length; i++) {
    if (used.has(i)) continue;
    const date = dateAt(t, i);
    if (date) {
      for (let k = date.first; k <= date.last; k++) used.add(k);
      out.push(make(p, "date", date.first, date.last, "other", date.preposition));
      i = date.last;
    }
  }
  for (let i = 0; i < t.length; i++) {
    if (used.has(i)) continue;
    const number = numberAt(p, i);
    if (!number) continue;
    for (let k = number.first; k <= number.last; k++) used.add(k);
    const q = make(p, "number", number.first, number.last, number.unit);
    if (number.counted) {
      q.counted = number.counted;
      q.countedEnd = number.countedEnd;
    }
    out.push(q);
    i = number.last;
  }
  return out.sort((a, b) => a.start - b.start);
}

function make(
  p: ParsedParagraph,
  kind: Quantity["kind"],
  first: number,
  last: number,
  unit: QuantityUnit,
  preposition?: string,
): Quantity {
  const a = p.tokens[first];
  const b = p.tokens[last];
  const start = (a?.start ?? 0) - leadingSymbol(a);
  const end = b?.end ?? 0;
  return {
    kind,
    paragraph: p.n,
    sentence: a?.sentence ?? 0,
    text: p.text.slice(start, end),
    start,
    end,
    first,
    last,
    unit,
    ...(preposition ? { preposition } : {}),
  };
}

/** "$" or "£" written before the digits, outside the token. */
function leadingSymbol(t: Token | undefined): number {
  return t && /[$£€¥]$/.test(t.pre) && !/^[$£€¥]/.test(t.text) ? 1 : 0;
}

const isYear = (t: Token | undefined) => t !== undefined && /^(1[89]|20|21)\d\d$/.test(t.text);
const isMonth = (t: Token | undefined) => MONTHS.has(lower(t)) && isCapitalised(t);
const isDay = (t: Token | undefined) => t !== undefined && /^\d{1,2}(st|nd|rd|th)?$/.test(t.text);
const isClock = (t: Token | undefined, next: Token | undefined) =>
  t !== undefined &&
  /^\d{1,2}([:.]\d\d)?$/.test(t.text) &&
  /^(a\.m\.|p\.m\.|am|pm)$/.test(lower(next));
const sameSentence = (a: Token | undefined, b: Token | undefined) =>
  a !== undefined && b !== undefined && a.sentence === b.sentence;

function dateCore(t: Token[], i: number): number | undefined {
  const a = t[i];
  if (!a) return undefined;
  if (WEEKDAYS.has(lower(a)) && isCapitalised(a)) return i;
  if (isClock(a, t[i + 1])) return i + 1;
  if (isMonth(a)) {
    let last = i;
    if (isDay(t[i + 1]) && !/^[,.;]/.test(a.post)) last = i + 1;
    if (isYear(t[last + 1])) last += 1;
    return last;
  }
  if (isDay(a) && isMonth(t[i + 1])) return isYear(t[i + 2]) ? i + 2 : i + 1;
  if (isYear(a) && !/^[-–]$/.test(a.post) && !/^[$£€]/.test(a.pre)) return i;
  const word = lower(a);
  if ((word === "next" || word === "last" || word === "this") && RELATIVE.has(lower(t[i + 1])))
    return i + 1;
  if (word === "yesterday" || word === "today" || word === "tomorrow") return i;
  return undefined;
}

function dateAt(
  t: Token[],
  i: number,
): { first: number; last: number; preposition?: string } | undefined {
  let first = i;
  let preposition: string | undefined;
  const word = lower(t[i]);
  if (DATE_PREPOSITIONS.has(word) && !["last", "next", "this"].includes(word)) {
    // "by the end of 2027", "early next year"
    let k = i + 1;
    if (
      lower(t[k]) === "the" &&
      /^(end|start|beginning|middle)$/.test(lower(t[k + 1])) &&
      lower(t[k + 2]) === "of"
    )
      k += 3;
    if (lower(t[k]) === "next" || lower(t[k]) === "last" || dateCore(t, k) !== undefined) {
      if (dateCore(t, k) === undefined) return undefined;
      preposition = word;
      first = i;
      i = k;
    } else {
      return undefined;
    }
  }
  let last = dateCore(t, i);
  if (last === undefined) return undefined;
  if (lower(t[last + 1]) === "year" && isYear(t[last])) return undefined;
  // Ranges: "from November 24 to 27", "between 7 a.m. and 3 p.m.", "from March 3 to 7 last year".
  const joiner = lower(t[last + 1]);
  if (
    (joiner === "to" || joiner === "and" || joiner === "until") &&
    sameSentence(t[last], t[last + 2])
  ) {
    const endCore =
      isDay(t[last + 2]) && !isClock(t[last + 2], t[last + 3]) ? last + 2 : dateCore(t, last + 2);
    if (endCore !== undefined) last = endCore;
  }
  if (
    (lower(t[last + 1]) === "last" || lower(t[last + 1]) === "next") &&
    RELATIVE.has(lower(t[last + 2]))
  ) {
    last += 2;
  }
  if (!sameSentence(t[first], t[last])) return undefined;
  return { first, last, ...(preposition ? { preposition } : {}) };
}

function isNumberToken(t: Token | undefined): boolean {
  if (!t) return false;
  if (/^[$£€¥]?\d[\d,]*(\.\d+)?%?$/.test(t.text)) return true;
  return NUMBER_WORDS.has(lower(t)) && lower(t) !== "one" && lower(t) !== "zero";
}

function numberAt(
  p: ParsedParagraph,
  i: number,
):
  | { first: number; last: number; unit: QuantityUnit; counted?: string; countedEnd?: number }
  | undefined {
  const t = p.tokens;
  const a = t[i];
  if (!a || !isNumberToken(a)) return undefined;
  // "Industrial Revolution 4.0" is a name, not a quantity.
  const before = t[i - 1];
  if (
    before &&
    isCapitalised(before) &&
    /^\s+$/.test(before.post) &&
    !/^[$£€]/.test(a.text) &&
    !/[$£€]/.test(a.pre)
  ) {
    if (!hasTag(before, "Date", "Value")) return undefined;
  }
  let first = i;
  for (const q of NUMBER_QUALIFIERS) {
    const at = i - q.length;
    if (at >= 0 && q.every((w, k) => lower(t[at + k]) === w) && sameSentence(t[at], a)) {
      first = at;
      break;
    }
  }
  let last = i;
  while (/^(million|billion|trillion|thousand|hundred|bn|m)$/.test(lower(t[last + 1]))) last++;
  let unit: QuantityUnit = /[$£€¥]/.test(a.text + a.pre) ? "money" : "count";
  if (/%$/.test(a.text)) unit = "percent";
  const next = t[last + 1];
  if (lower(next) === "percent" || (lower(next) === "per" && lower(t[last + 2]) === "cent")) {
    last += lower(next) === "percent" ? 1 : 2;
    unit = "percent";
  } else if (MONEY_WORDS.has(lower(next))) {
    last++;
    unit = "money";
  }
  // Age apposition: "Kiprono, 29, has trained".
  if (
    /^,\s*$/.test(before?.post ?? "") &&
    /^,/.test(a.post) &&
    isCapitalised(before) &&
    /^\d{1,3}$/.test(a.text)
  ) {
    return { first, last, unit: "age" };
  }
  if (unit === "money" || unit === "percent") return { first, last, unit };
  // Hyphenated: "48-turbine", "three-year".
  const noun = t[i + 1];
  if (a.post === "-" && noun) {
    if (noun.post === "-") return undefined; // "ten-year-old"
    const isDuration = DURATION_UNITS.has(lower(noun));
    return {
      first,
      last: i + 1,
      unit: isDuration ? "duration" : "count",
      counted: noun.text,
      countedEnd: i + 2,
    };
  }
  const counted = countedNoun(p, last + 1);
  if (!counted) {
    // Bare number words ("two") say nothing without a noun.
    if (!/\d/.test(a.text)) return undefined;
    return { first, last, unit };
  }
  const head = lower(t[counted.last]);
  if (DURATION_UNITS.has(head)) unit = "duration";
  else if (DISTANCE_UNITS.has(head)) unit = "distance";
  else if (UNITS.has(head) && unit === "count") unit = "other";
  const from = t[counted.first];
  const to = t[counted.last];
  if (!from || !to) return { first, last, unit };
  return {
    first,
    last,
    unit,
    counted: p.text.slice(from.start, to.end),
    countedEnd: counted.last + 1,
  };
}

/** Adjectives and nouns right after a number, ending on a noun: "local workers", "Cambodians". */
function countedNoun(
  p: ParsedParagraph,
  from: number,
): { first: number; last: number } | undefined {
  const t = p.tokens;
  const start = t[from];
  const previous = t[from - 1];
  if (!start || !previous || !sameSentence(start, previous) || !/^\s+$/.test(previous.post))
    return undefined;
  let k = from;
  if (lower(t[k]) === "more" || lower(t[k]) === "new" || lower(t[k]) === "additional") k++;
  let lastNoun = -1;
  for (let j = k; j < t.length && j < k + 4; j++) {
    const w = t[j];
    if (!w || w.sentence !== start.sentence) break;
    if (hasTag(w, "Determiner", "Preposition", "Conjunction", "Pronoun", "Value", "Adverb")) break;
    // After a number, "countries" is a plural noun even when tagged as a verb.
    const pluralAfterNumber =
      hasTag(w, "PresentTense") && /s$/.test(w.text) && !hasTag(w, "Auxiliary", "Copula");
    if (pluralAfterNumber) {
      lastNoun = j;
      if (!/^\s+$/.test(w.post)) break;
      continue;
    }
    if (hasTag(w, "Verb") && !hasTag(w, "Noun", "Adjective", "Gerund")) break;
    if (hasTag(w, "Gerund") && !hasTag(w, "Noun")) {
      if (lastNoun >= 0) break; // "Cambodians living in …": the participle starts the rest
    } else if (hasTag(w, "Noun") || hasTag(w, "Plural")) lastNoun = j;
    else if (!hasTag(w, "Adjective")) break;
    if (!/^\s+$/.test(w.post)) break;
  }
  if (lastNoun < 0) return undefined;
  return { first: k, last: lastNoun };
}
