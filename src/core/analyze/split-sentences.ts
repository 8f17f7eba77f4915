/** A sentence: `text` is exactly `paragraph.slice(start, end)`. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Titles and abbreviations that end with a period but rarely end a sentence. Intl.Segmenter
 * already keeps "U.S." and "a.m." inside a sentence; it breaks after "Dr." and friends.
 */
const NON_FINAL_ABBREVIATIONS = new Set([
  "dr",
  "mr",
  "mrs",
  "ms",
  "mx",
  "prof",
  "rev",
  "fr",
  "sr",
  "jr",
  "st",
  "mt",
  "gen",
  "col",
  "lt",
  "capt",
  "cpt",
  "sgt",
  "cmdr",
  "adm",
  "gov",
  "sen",
  "rep",
  "pres",
  "supt",
  "insp",
  "hon",
  "no",
  "nos",
  "vs",
  "approx",
  "dept",
  "est",
  "fig",
  "inc",
  "corp",
  "co",
  "ltd",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);

/** Abbreviations that may end a sentence when the next word is an ordinary capitalised word. */
const NAME_ONLY = new Set(["sen", "gen", "st", "co", "inc", "corp", "ltd", "no"]);

const LOWER_CASE_OK = new Set(["vs", "approx", "est", "fig"]);

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/**
 * Splits a paragraph into sentences with Intl.Segmenter, then rejoins the breaks it makes after
 * titles ("Dr. Achebe") and initials ("John F. Kennedy"). Each sentence's `text` is exactly
 * `paragraph.slice(start, end)` (trimmed), so evidence taken from it is verbatim.
 *
 * @example splitSentences("Dr. Achebe spoke. She left.").map((s) => s.text) // ["Dr. Achebe spoke.", "She left."]
 */
export function splitSentences(paragraph: string): Sentence[] {
  const raw: { start: number; end: number }[] = [];
  for (const part of segmenter.segment(paragraph)) {
    const start = part.index + (part.segment.length - part.segment.trimStart().length);
    const end = part.index + part.segment.trimEnd().length;
    if (end > start) raw.push({ start, end });
  }
  const merged: { start: number; end: number }[] = [];
  for (const span of raw) {
    const previous = merged[merged.length - 1];
    if (previous && endsWithNonFinalAbbreviation(paragraph, previous, span)) {
      previous.end = span.end;
    } else {
      merged.push({ ...span });
    }
  }
  return merged.map((s, index) => ({ index, ...s, text: paragraph.slice(s.start, s.end) }));
}

function endsWithNonFinalAbbreviation(
  paragraph: string,
  previous: { start: number; end: number },
  next: { start: number; end: number },
): boolean {
  const before = paragraph.slice(previous.start, previous.end);
  const match = /(?:^|[\s(“"‘'])([A-Za-z]{1,5})\.$/.exec(before);
  if (!match?.[1]) return false;
  const word = match[1];
  const nextText = paragraph.slice(next.start, next.end);
  // A single capital letter is an initial ("F. Kennedy") unless it is a whole sentence's end ("Plan B.").
  if (/^[A-Z]$/.test(word)) return /^\p{Lu}\p{Ll}/u.test(nextText) && before.length > 2;
  const lower = word.toLowerCase();
  if (!NON_FINAL_ABBREVIATIONS.has(lower)) return false;
  if (word === lower && !LOWER_CASE_OK.has(lower)) return false; // "said no." ends a sentence
  if (lower === "no" || lower === "nos") return /^\d/.test(nextText);
  if (NAME_ONLY.has(lower)) {
    // "Hun Sen. The ministry…" ends a sentence: the abbreviation follows a capitalised name.
    const wordBefore = /(\S+)\s+\S+\.$/.exec(before)?.[1] ?? "";
    if (/^\p{Lu}/u.test(wordBefore)) return false;
  }
  return /^[\p{Lu}\d“"‘']/u.test(nextText);
}
