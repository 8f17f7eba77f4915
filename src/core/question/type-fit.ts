import type { AnswerType } from "../knowledge/schema.js";
import { words } from "../text/normalize.js";
import { STOP_WORDS } from "../text/stop-words.js";
import { termOf } from "../text/terms.js";
import type { WantedType } from "./detect-intent.js";

/**
 * How well a fact's answer type fits the type a question wants, 0..1. Related types score
 * in between: "who is Kin Phea" is answered by his role; "who issued it" by an organisation.
 */
const FIT: Partial<Record<WantedType, Partial<Record<AnswerType, number>>>> = {
  person: { person: 1, role: 0.8, organisation: 0.85, other: 0.6, place: 0.6 },
  number: { number: 1, date: 0.55 },
  date: { date: 1, number: 0.55, event: 0.6 },
  place: { place: 1, organisation: 0.7, event: 0.7, other: 0.6 },
  reason: { reason: 1, other: 0.75, definition: 0.7, event: 0.6 },
  organisation: { organisation: 1, person: 0.8, place: 0.7, other: 0.7, definition: 0.8 },
  role: { role: 1, person: 0.9, definition: 0.85, organisation: 0.7, other: 0.7 },
  definition: {
    definition: 1,
    other: 0.9,
    role: 0.85,
    event: 0.85,
    organisation: 0.85,
    reason: 0.8,
    place: 0.7,
    person: 0.7,
  },
  other: { other: 1, reason: 0.8, definition: 0.8, event: 0.75 },
  quote: { other: 0.8, reason: 0.8, person: 0.7, definition: 0.7 },
};

const MISMATCH = 0.45;

export function factTypeFit(wanted: WantedType | null, actual: AnswerType): number {
  if (wanted === null) return 1;
  return FIT[wanted]?.[actual] ?? MISMATCH;
}

const DATE_WORDS =
  /\b(\d{4}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|year|month|week|today|yesterday|tomorrow|soon|early|late|since|until)\b/i;

/** Fit of a quote or article sentence, judged from its words since it has no type. */
export function textTypeFit(wanted: WantedType | null, text: string, isQuote: boolean): number {
  switch (wanted) {
    case null:
      return 1;
    case "quote":
      return isQuote ? 1 : 0.6;
    case "number":
      return /\d/.test(text) || NUMBER_WORD.test(text) ? 0.85 : MISMATCH;
    case "date":
      return DATE_WORDS.test(text) ? 0.85 : MISMATCH;
    case "person":
      // "who said…", "who urged…": a quote names its speaker.
      return isQuote ? 0.85 : 0.7;
    case "reason":
      return /\b(so that|because|since|to promote|in order|will help|so)\b/i.test(text)
        ? 0.85
        : 0.65;
    default:
      return 0.7;
  }
}

/**
 * Terms a number in the text counts: "9,000 Cambodians" → cambodian, "a quota of 500" → quota.
 * A quote's "Industrial Revolution 4.0 and…" counts nothing a "how many" question asks.
 * With `numbers`, only those numbers count: what the answer's figure counts in a statement
 * that also gives others ("the £38 million wing has 64 beds" for the answer "£38 million").
 */
export function countedTerms(text: string, numbers?: ReadonlySet<string>): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  const add = (word: string | undefined) => {
    if (word !== undefined && !STOP_WORDS.has(word)) out.add(termOf(word));
  };
  w.forEach((word, i) => {
    if (!isNumber(word) || (numbers && !numbers.has(word))) return;
    add(w[i + 1]);
    add(w[i + 2]);
    // "will employ 2,000 people" counts jobs too: the verb before a count says what it counts.
    add(w[i - 1]);
    if (w[i - 1] === "of") add(w[i - 2]);
  });
  return out;
}

/** The numbers a text gives, as countedTerms reads them. */
export function numbersIn(text: string): Set<string> {
  return new Set(words(text).filter(isNumber));
}

/** Numbers written as words: "two people died", "a dozen boats". */
const NUMBER_WORDS: readonly string[] =
  "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens".split(
    " ",
  );
const NUMBER_WORD_SET: ReadonlySet<string> = new Set(NUMBER_WORDS);
/** The same words in running text, so fitting a sentence needs no tokenising. */
const NUMBER_WORD = new RegExp(`\\b(${NUMBER_WORDS.join("|")})\\b`, "i");

function isNumber(word: string): boolean {
  return /\d/.test(word) || NUMBER_WORD_SET.has(word);
}
