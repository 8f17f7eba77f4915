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

/** Words of a text after normalisation, with spelling variants folded. */
export function words(text: string): string[] {
  const normalized = normalizeText(text);
  if (normalized === "") return [];
  return normalized.split(" ").map(spellingOf);
}
