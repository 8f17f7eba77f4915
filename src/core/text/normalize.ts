/**
 * Text normalisation shared by indexing and questions, so both sides agree on every token.
 * Stages: unicode clean-up → fold (case, diacritics, quotes) → numbers → punctuation.
 */

/** Characters that are invisible or steer layout: zero-width, bidi controls, BOM, C0/C1 controls. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** NFKC (full-width letters, ligatures), then strip invisible and control characters. */
export function cleanUnicode(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, " ");
}

/** Lower-case, strip diacritics, straighten quotes and dashes. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-");
}

/** "9,000" → "9000" and "4.0" kept whole, so numbers are single tokens. */
function joinNumbers(text: string): string {
  return text.replace(/(\d),(?=\d{3}\b)/g, "$1");
}

/**
 * Full normalisation to space-separated lower-case words.
 * @example normalizeText("Oh Keo-don’s 9,000 Cambodians!") // "oh keo don s 9000 cambodians"
 */
export function normalizeText(text: string): string {
  return (
    joinNumbers(foldText(cleanUnicode(text)))
      // Keep the point inside "4.0": mark it with a letter-free placeholder, strip punctuation, restore.
      .replace(/(\d)\.(\d)/g, "$1\u2024$2")
      .replace(/[^\p{L}\p{N}\u2024]+/gu, " ")
      .replace(/\u2024/g, ".")
      .trim()
  );
}

/** American spellings folded to the British ones news in English mostly uses. */
const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ["center", "centre"],
  ["centers", "centres"],
  ["organization", "organisation"],
  ["organizations", "organisations"],
  ["finalize", "finalise"],
  ["finalized", "finalised"],
  ["finalizing", "finalising"],
  ["labor", "labour"],
  ["program", "programme"],
  ["programs", "programmes"],
  ["recognize", "recognise"],
  ["recognized", "recognised"],
  ["defense", "defence"],
  ["favor", "favour"],
  ["neighbor", "neighbour"],
  ["neighbors", "neighbours"],
  ["theater", "theatre"],
  ["traveled", "travelled"],
]);

/** The British spelling of a normalised word, or the word itself. */
export function spellingOf(word: string): string {
  return SPELLINGS.get(word) ?? word;
}

/** Phrasal verbs read as the word they mean: "wrap up" is "finish", so synonyms can reach it. */
const PHRASAL: ReadonlyMap<string, string> = new Map([
  ["wrap up", "finish"],
  ["wraps up", "finishes"],
  ["wrapped up", "finished"],
  ["wrapping up", "finishing"],
  ["pass away", "die"],
  ["passed away", "died"],
  ["step down", "resign"],
  ["steps down", "resigns"],
  ["stepped down", "resigned"],
  ["call off", "cancel"],
  ["called off", "cancelled"],
  ["put off", "postpone"],
  ["set up", "establish"],
  ["sets up", "establishes"],
  ["sit down with", "meet with"],
  ["sat down with", "met with"],
  ["stand in for", "represent"],
  ["stood in for", "represented"],
  ["standing in for", "representing"],
  ["take part in", "participate in"],
  ["took part in", "participated in"],
  ["taking part in", "participating in"],
]);
/** "Be done", "get done": finished, not the verb "do". */
const DONE_AFTER = new Set([
  "be",
  "is",
  "are",
  "was",
  "were",
  "been",
  "being",
  "get",
  "got",
  "gets",
  "s",
]);
const PARTICLE = /\b(up|away|down|off|done|in for|part in)\b/;

function foldPhrases(w: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? "";
    const two = `${word} ${w[i + 1] ?? ""}`;
    const three = PHRASAL.get(`${two} ${w[i + 2] ?? ""}`);
    const phrasal = three ?? PHRASAL.get(two);
    if (phrasal) {
      out.push(...phrasal.split(" "));
      i += three ? 2 : 1;
    } else if (word === "done" && DONE_AFTER.has(w[i - 1] ?? "")) out.push("finished");
    else out.push(word);
  }
  return out;
}

/** Words of a text after normalisation, with spelling variants and phrasal verbs folded. */
export function words(text: string): string[] {
  const normalized = normalizeText(text);
  if (normalized === "") return [];
  const split = normalized.split(" ").map((w) => SPELLINGS.get(w) ?? w);
  // Most texts hold no particle a phrasal verb ends in: skip the fold for them.
  return PARTICLE.test(normalized) ? foldPhrases(split) : split;
}
