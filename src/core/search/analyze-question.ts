import { type AliasIndex, dropPossessive, type EntityMatch } from "../index/alias-index.js";
import type { WordLexicon } from "../index/word-lexicon.js";
import {
  countedHead,
  cuePhrasePositions,
  detectGranularity,
  detectSmallTalk,
  detectWantedType,
  type Granularity,
  isQuoteRequest,
  type SmallTalk,
  TYPE_CUE_WORDS,
  type WantedType,
} from "../question/detect-intent.js";
import { englishWord } from "../text/english-words.js";
import { words as normalizedWords } from "../text/normalize.js";
import { SAYING_WORDS, STOP_WORDS } from "../text/stop-words.js";
import { termOf } from "../text/terms.js";

/** Questions are cut here before analysis: no real question is longer, and cost stays bounded. */
export const MAX_QUESTION_CHARS = 500;

export interface QueryTerm {
  term: string;
  /** False for a word no article uses (after typo correction): it weighs against every candidate. */
  known: boolean;
  /**
   * For unknown words: true when the word likely names a thing (a name, a rare word, a noun after
   * "the" or before "of") — what the question is about; false for an ordinary verb or adjective.
   */
  specific: boolean;
  /** Set for entity terms ("@kin_phea"). */
  entity: boolean;
  /**
   * Entity terms: the question words that named it, [start, end). Words that name one entity in one
   * article and another elsewhere ("the Busan mayor") give each article its own reading.
   */
  span?: { start: number; end: number };
}

export interface AnalyzedQuestion {
  /** Normalised words after typo correction, joined by spaces. */
  text: string;
  /** The same words, as a set. */
  words: ReadonlySet<string>;
  smallTalk: SmallTalk | null;
  wanted: WantedType | null;
  /** Terms of what a "how many" question counts ("how many cambodian workers" → cambodian, work). */
  counted: string[];
  /** "what time", "which year": how precise a date the answer must be. */
  granularity: Granularity | null;
  quoteRequest: boolean;
  /** Mentions saying ("who said…"): quotes fit best. */
  saying: boolean;
  /** Entity keys named in the question. */
  entities: string[];
  /**
   * People the question describes and asks the name of ("name of the deputy PM who…", "who is
   * the foreign minister"): the answer is that person, not another one the fact mentions.
   */
  askedFor: string[];
  /** People the question calls by their name ("Sokhonn"), not by a description ("the FM"). */
  namedPeople: string[];
  terms: QueryTerm[];
}

/**
 * Question words as typed in a hurry ("wat did he say", "wen is it"): too short for the typo
 * corrector, and some are names elsewhere, so only used when no article knows the word.
 */
const CHAT_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ["wat", "what"],
  ["wut", "what"],
  ["wht", "what"],
  ["waht", "what"],
  ["whta", "what"],
  ["wen", "when"],
  ["whn", "when"],
  ["wher", "where"],
  ["whre", "where"],
  ["hw", "how"],
  ["hwo", "how"],
  ["whos", "who"],
  ["hu", "who"],
]);

const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "its",
  "their",
  "our",
  "your",
  "this",
  "that",
  "these",
  "those",
]);

/** A name, a rare word, or a noun by position ("the capital of"): what a question is about. */
function namesAThing(words: readonly string[], i: number): boolean {
  const word = words[i] ?? "";
  const english = englishWord(word);
  if (!english.common || english.proper) return true;
  return DETERMINERS.has(words[i - 1] ?? "") || words[i + 1] === "of";
}

/** Position of the last word that is not a stop word, or -1. */
function lastContentWord(textWords: readonly string[]): number {
  for (let i = textWords.length - 1; i >= 0; i--) if (!STOP_WORDS.has(textWords[i] ?? "")) return i;
  return -1;
}

/** True when the words matched are the entity's name ("kin pea"), not a description ("race director"). */
function typedName(match: EntityMatch, textWords: readonly string[]): boolean {
  const name = new Set(match.key.slice(1).split("_"));
  return textWords.slice(match.start, match.end).some((w) => name.has(w));
}

/** Words before a description that ask for the described one's name: "who is the", "name of the". */
const ASKS_NAME_BEFORE = /(^| )(who (is |was |s )(the )?|name of (the )?|which )$/;

/** People described (not named) where the question asks who they are. */
function askedPeople(
  matches: readonly EntityMatch[],
  textWords: readonly string[],
  aliases: AliasIndex,
): string[] {
  return matches
    .filter((m) => aliases.people.has(m.key) && !typedName(m, textWords))
    .filter(
      (m) =>
        ASKS_NAME_BEFORE.test(`${textWords.slice(0, m.start).join(" ")} `) ||
        (m.start === 0 && /^names?$/.test(textWords[m.end] ?? "")),
    )
    .map((m) => m.key);
}

/**
 * Turns a raw question into what ranking needs: corrected words, intent, entities, terms.
 * @example analyzeQuestion("how many cambodains in busan?", lexicon, aliases).entities // ["@busan"]
 */
export function analyzeQuestion(
  question: string,
  lexicon: WordLexicon,
  aliases: AliasIndex,
  /** True for a term some doc holds: "sell" is known when the article says "sold". */
  indexed: (term: string) => boolean = () => false,
  /** The words an unknown word stands for, such as an initialism's. */
  expand: (word: string) => readonly string[] | undefined = () => undefined,
): AnalyzedQuestion {
  // words() folds US spellings as the index does ("centers" → "centres").
  const typed = dropPossessive(normalizedWords(question.slice(0, MAX_QUESTION_CHARS)));
  const isKnown = (word: string): boolean =>
    STOP_WORDS.has(word) || lexicon.has(word) || indexed(termOf(word));
  // "the ROK" is the article's "Republic of Korea" when the article uses no word "rok".
  const raw = typed.flatMap((word) =>
    isKnown(word) ? [word] : (expand(word) ?? [CHAT_SPELLINGS.get(word) ?? word]),
  );
  const known: boolean[] = [];
  const corrected = raw.map((word) => {
    if (isKnown(word)) {
      known.push(true);
      return word;
    }
    // A real English word the articles don't use is an honest unknown, not a typo.
    const fixed = englishWord(word).common ? undefined : lexicon.correct(word);
    known.push(fixed !== undefined);
    return fixed ?? word;
  });
  const text = corrected.join(" ");
  const matches = aliases.find(corrected);
  // A word found only inside one entity's name ("the marathon") stands for that entity.
  corrected.forEach((word, i) => {
    if (STOP_WORDS.has(word) || matches.some((m) => i >= m.start && i < m.end)) return;
    if (indexed(termOf(word))) return;
    const keys = aliases.partOf(word);
    const [key] = keys;
    if (keys.size === 1 && key) matches.push({ key, start: i, end: i + 1 });
  });
  const covered = cuePhrasePositions(corrected);
  for (const m of matches) for (let i = m.start; i < m.end; i++) covered.add(i);
  const entities = [...new Set(matches.map((m) => m.key))];
  const wantedType = detectWantedType(text);

  const spanOf = (key: string) => {
    const m = matches.find((x) => x.key === key);
    return { start: m?.start ?? 0, end: m?.end ?? 0 };
  };
  const terms: QueryTerm[] = entities.map((key) => ({
    term: key,
    known: true,
    entity: true,
    specific: true,
    span: spanOf(key),
  }));
  const seen = new Set(entities);
  // "what did the mayor reply", "when was it created": the closing verb is what is asked about.
  const predicate =
    /^(what|when|where|why|how|who) (did|does|do|was|were|is|are|will|has|have|had)\b/.test(text)
      ? lastContentWord(corrected)
      : -1;
  corrected.forEach((word, i) => {
    if (covered.has(i) || STOP_WORDS.has(word) || (wantedType !== null && TYPE_CUE_WORDS.has(word)))
      return;
    const term = termOf(word);
    if (seen.has(term)) return;
    seen.add(term);
    const isKnown = known[i] ?? false;
    terms.push({
      term,
      known: isKnown,
      entity: false,
      specific: isKnown || namesAThing(corrected, i) || i === predicate,
    });
  });

  // "what is the EPS?": nothing asked but the thing itself, so a definition.
  const onlyNames = entities.length > 0 && terms.every((t) => t.entity);
  const namedPeople = [
    ...new Set(
      matches.filter((m) => aliases.people.has(m.key) && typedName(m, corrected)).map((m) => m.key),
    ),
  ];
  // "who is Kin Phea?": only a person named, so what he is, not his name.
  const aboutPerson = onlyNames && /^who( is| s| was)\b/.test(text) && namedPeople.length > 0;
  const askedFor = askedPeople(matches, corrected, aliases);
  const wanted = aboutPerson
    ? "role"
    : // "What is the name of the prime minister": a person, not what a prime minister is.
      askedFor.length > 0 && (wantedType === null || wantedType === "definition")
      ? "person"
      : (wantedType ??
        (onlyNames && /^what( is| are| s| was)?\b/.test(text) ? "definition" : null));
  // The person's own name words, so "who is kin pea" → "Kin Phea" is seen to echo the question.
  const named = aboutPerson ? entities.flatMap((key) => key.slice(1).split("_")) : [];
  return {
    text,
    words: new Set([...corrected, ...named]),
    smallTalk: detectSmallTalk(text),
    wanted,
    granularity: detectGranularity(text),
    counted: countedHead(corrected).map(termOf),
    quoteRequest: isQuoteRequest(text),
    saying: corrected.some((w) => SAYING_WORDS.has(w)),
    entities,
    askedFor,
    namedPeople,
    terms,
  };
}
