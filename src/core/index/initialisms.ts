import { cleanUnicode, words } from "../text/normalize.js";
import { STOP_WORDS } from "../text/stop-words.js";

/** Lower-case words a capitalised name keeps inside it without an initial ("Republic of Korea"). */
const CONNECTORS: ReadonlySet<string> = new Set(["of", "and", "for", "the", "on", "in", "&"]);

/** An initialism stands for 2 to 5 capitalised words: "PM", "ROK", "IRI". */
const MIN_WORDS = 2;
const MAX_WORDS = 5;

/** Runs of capitalised words, with the connectors between them, as written. */
function capitalisedRuns(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  const close = (): void => {
    while (run.length > 0 && CONNECTORS.has(run[run.length - 1] ?? "")) run.pop();
    if (run.length >= MIN_WORDS) runs.push(run);
    run = [];
  };
  for (const token of cleanUnicode(text).split(/[\s\-\u2010-\u2015/]+/)) {
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    if (/^\p{Lu}/u.test(word)) run.push(word);
    else if (run.length > 0 && CONNECTORS.has(word)) run.push(word);
    else close();
    // A sentence or clause ends the name ("…Summit. The Post").
    if (/[.,;:!?)"”]$/.test(token)) close();
  }
  close();
  return runs;
}

/** Nouns that end the name of a scheme, body or pact written in lower case ("employment permit system"). */
const NAMED_HEADS: ReadonlySet<string> = new Set(
  `system scheme programme policy agreement partnership project plan mechanism framework
  initiative fund network strategy treaty pact act law association council committee commission
  agency authority bank centre institute union zone corridor revolution`.split(/\s+/),
);

/** Names of three or more words ending in one of NAMED_HEADS, from a text's normalised words. */
function lowerCaseNames(w: readonly string[]): string[][] {
  const out: string[][] = [];
  w.forEach((head, i) => {
    if (!NAMED_HEADS.has(head)) return;
    let start = i;
    while (start > 0 && i - start < MAX_WORDS - 1 && !STOP_WORDS.has(w[start - 1] ?? "the"))
      start--;
    if (i - start >= 2) out.push(w.slice(start, i + 1));
  });
  return out;
}

/**
 * Initialisms a reader may type for the names an article spells out: "ROK" for "Republic of
 * Korea", "PM" for "Prime Minister". Built from capitalised runs of the given texts; an
 * initialism that could stand for two different names is left out rather than guessed.
 *
 * @example buildInitialisms(["the Republic of Korea"]).get("rok") // ["republic", "of", "korea"]
 */
export function buildInitialisms(
  texts: Iterable<string>,
  /** Running text as normalised words, where names written in lower case are found too ("EPS"). */
  prose: Iterable<readonly string[]> = [],
): Map<string, string[]> {
  return mergeInitialisms([initialismCandidates(texts, prose)]);
}

/**
 * The initialisms of one article's texts, each with the name it stands for, or null when the
 * article itself gives it two names: worked out per article, merged across the corpus.
 * @example initialismCandidates(["the Republic of Korea"]).get("rok") // "republic of korea"
 */
export function initialismCandidates(
  texts: Iterable<string>,
  prose: Iterable<readonly string[]> = [],
): Map<string, string | null> {
  const found = new Map<string, string | null>();
  const note = (initials: string, phrase: string): void => {
    if (initials.length < MIN_WORDS || initials.length > MAX_WORDS) return;
    const seen = found.get(initials);
    if (seen === undefined) found.set(initials, phrase);
    else if (seen !== phrase) found.set(initials, null);
  };
  for (const text of prose) {
    for (const name of lowerCaseNames(text)) {
      // Every tail of three words or more: "permit system" alone is too short to guess from.
      for (let start = 0; start + 3 <= name.length; start++) {
        const tail = name.slice(start);
        note(tail.map((word) => word[0] ?? "").join(""), tail.join(" "));
      }
    }
  }
  for (const text of texts) {
    for (const run of capitalisedRuns(text)) {
      for (let start = 0; start < run.length; start++) {
        if (CONNECTORS.has(run[start] ?? "")) continue;
        // "Republic of Korea" is written both ROK and RK; "Ministry of Foreign Affairs" MFA.
        let initials = "";
        let withOf = "";
        for (let end = start; end < run.length && initials.length < MAX_WORDS; end++) {
          const word = run[end] ?? "";
          if (word === "of") withOf += "o";
          if (CONNECTORS.has(word)) continue;
          const initial = word[0]?.toLowerCase() ?? "";
          initials += initial;
          withOf += initial;
          const phrase = words(run.slice(start, end + 1).join(" ")).join(" ");
          note(initials, phrase);
          if (withOf !== initials) note(withOf, phrase);
        }
      }
    }
  }
  return found;
}

/** The initialisms every article agrees on: one that two articles spell out differently is dropped. */
export function mergeInitialisms(
  candidates: Iterable<Iterable<readonly [string, string | null]>>,
): Map<string, string[]> {
  const found = new Map<string, string | null>();
  for (const article of candidates) {
    for (const [initials, phrase] of article) {
      const seen = found.get(initials);
      if (seen === undefined) found.set(initials, phrase);
      else if (seen !== phrase) found.set(initials, null);
    }
  }
  const out = new Map<string, string[]>();
  for (const [initials, phrase] of found) if (phrase) out.set(initials, phrase.split(" "));
  return out;
}

/**
 * Abbreviations of titles and bodies that news readers type but articles spell out
 * ("the CEO" for "chief executive Klaus Zellmer"). General English, not any one article's names.
 */
const COMMON_ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ["ceo", "chief executive"],
      ["cfo", "chief financial officer"],
      ["coo", "chief operating officer"],
      ["cto", "chief technology officer"],
      ["pm", "prime minister"],
      ["dpm", "deputy prime minister"],
      ["fm", "foreign minister"],
      ["mp", "member of parliament"],
      ["mps", "members of parliament"],
      ["govt", "government"],
      ["gov", "government"],
      ["dept", "department"],
      ["uni", "university"],
      ["intl", "international"],
      ["natl", "national"],
      ["mgr", "manager"],
      ["pres", "president"],
      ["vp", "vice president"],
      ["un", "united nations"],
      ["eu", "european union"],
      ["uk", "united kingdom"],
    ] as const
  ).map(([abbreviation, words]) => [abbreviation, words.split(" ")]),
);

export function commonAbbreviation(word: string): readonly string[] | undefined {
  return COMMON_ABBREVIATIONS.get(word);
}
