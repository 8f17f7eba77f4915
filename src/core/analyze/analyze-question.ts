import type { AliasIndex, EntityMatch } from "../index/alias-index.js";
import { dropPossessive } from "../index/alias-index.js";
import type { WordLexicon } from "../index/word-lexicon.js";
import { englishWord } from "../text/english-words.js";
import { SAYING_WORDS, STOP_WORDS } from "../text/stop-words.js";
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
} from "./intent.js";
import { isNegated } from "./negation.js";
import { termOf } from "./term.js";
import { tokenize } from "./tokenize.js";

/** Questions are cut here before analysis: no real question is longer, and cost stays bounded. */
export const MAX_QUESTION_CHARS = 500;

export interface QueryTerm {
  /** A word's term, or an entity key ("@kin_phea"). */
  term: string;
  /** Position of its first word in the question. */
  position: number;
  /** False for a word no article uses, even after typo correction. */
  known: boolean;
  /** Names a thing: an entity, a number, a proper or rare word. A near miss lacks one of these. */
  name: boolean;
  entity: boolean;
  /** Entity terms: the question words that named it, [start, end). */
  span?: { start: number; end: number };
}

export interface Question {
  /** Normalised words after typo correction, joined by spaces. */
  text: string;
  words: readonly string[];
  /** Content terms and entity keys, each once, in question order. */
  terms: readonly QueryTerm[];
  /** Entity keys named in the question. */
  entities: readonly string[];
  /** People the question calls by their name ("Sokhonn"), not by a description ("the FM"). */
  namedPeople: readonly string[];
  smallTalk: SmallTalk | null;
  wanted: WantedType | null;
  granularity: Granularity | null;
  /** Terms of what a "how many" question counts. */
  counted: readonly string[];
  quoteRequest: boolean;
  /** Mentions saying ("who said…"). */
  saying: boolean;
  /** Says "not", "never", "no"… */
  negated: boolean;
  /**
   * "What did the mayor reply", "when was it founded": the closing verb is what is asked about;
   * a sentence without it answers something else.
   */
  predicate?: string;
}

/** Question words typed in a hurry ("wat did he say"), used only when no article knows the word. */
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

/** What the question analysis needs from the index. */
export interface QuestionContext {
  lexicon: WordLexicon;
  aliases: AliasIndex;
  /** True for a term some doc holds: "sell" is known when the article says "sold". */
  indexed(term: string): boolean;
  /** The words an unknown word stands for, such as an initialism's. */
  expand(word: string): readonly string[] | undefined;
}

/** True when the words matched are the entity's name ("kin pea"), not a description ("race director"). */
function typedName(match: EntityMatch, words: readonly string[]): boolean {
  const name = new Set(match.key.slice(1).split("_"));
  return words.slice(match.start, match.end).some((w) => name.has(w));
}

/**
 * Reads a question the way the index reads text (the same tokenizer and terms), then adds what
 * only questions need: typo correction against the articles' words, initialisms, the entities
 * it names, the type of answer it wants.
 * @example analyzeQuestion("how many cambodains in busan?", context).wanted // "number"
 */
export function analyzeQuestion(raw: string, context: QuestionContext): Question {
  const cut = raw.slice(0, MAX_QUESTION_CHARS);
  const written = tokenize(cut);
  // Capitalised inside a sentence: a name, whatever the dictionary says.
  const capitalised = new Set(
    written
      .filter((t, i) => i > 0 && /^\p{Lu}/u.test(cut.slice(t.start, t.end)))
      .map((t) => t.word),
  );
  const typed = dropPossessive(written.map((t) => t.word));
  const isKnown = (word: string): boolean =>
    STOP_WORDS.has(word) || context.lexicon.has(word) || context.indexed(termOf(word));
  const expanded = typed.flatMap((word) =>
    isKnown(word) ? [word] : (context.expand(word) ?? [CHAT_SPELLINGS.get(word) ?? word]),
  );
  const known: boolean[] = [];
  const words = expanded.map((word) => {
    if (isKnown(word)) {
      known.push(true);
      return word;
    }
    // A real English word the articles don't use is an honest unknown, not a typo.
    const fixed = englishWord(word).common ? undefined : context.lexicon.correct(word);
    known.push(fixed !== undefined);
    return fixed ?? word;
  });
  const text = words.join(" ");
  const matches = context.aliases.find(words);
  // A word found only inside one thing's name ("the marathon") stands for that thing.
  words.forEach((word, i) => {
    if (STOP_WORDS.has(word) || matches.some((m) => i >= m.start && i < m.end)) return;
    if (context.indexed(termOf(word))) return;
    const keys = context.aliases.partOf(word);
    const [key] = keys;
    if (keys.size === 1 && key) matches.push({ key, start: i, end: i + 1 });
  });
  const wanted = detectWantedType(text);
  // Words an entity was read from are that entity, not words of their own.
  const covered = cuePhrasePositions(words);
  for (const m of matches) for (let i = m.start; i < m.end; i++) covered.add(i);

  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    if (seen.has(m.key)) continue;
    seen.add(m.key);
    terms.push({
      term: m.key,
      position: m.start,
      known: true,
      name: true,
      entity: true,
      span: { start: m.start, end: m.end },
    });
  }
  words.forEach((word, i) => {
    if (covered.has(i) || STOP_WORDS.has(word) || (wanted !== null && TYPE_CUE_WORDS.has(word)))
      return;
    const term = termOf(word);
    if (seen.has(term)) return;
    seen.add(term);
    const english = englishWord(word);
    const name = capitalised.has(word) || /\d/.test(word) || !english.common || english.proper;
    terms.push({ term, position: i, known: known[i] ?? false, name, entity: false });
  });
  terms.sort((a, b) => a.position - b.position);

  const entities = [...new Set(matches.map((m) => m.key))];
  const namedPeople = [
    ...new Set(
      matches
        .filter((m) => context.aliases.people.has(m.key) && typedName(m, words))
        .map((m) => m.key),
    ),
  ];
  // "Who is Kin Phea?" asks what he is; "what is the EPS?" what the thing is.
  const onlyNames = entities.length > 0 && terms.every((t) => t.entity);
  const aboutPerson = onlyNames && /^who( is| s| was)\b/.test(text) && namedPeople.length > 0;
  return {
    text,
    words,
    terms,
    entities,
    namedPeople,
    smallTalk: detectSmallTalk(text),
    wanted: aboutPerson
      ? "role"
      : (wanted ?? (onlyNames && /^what( is| are| s| was)?\b/.test(text) ? "definition" : null)),
    granularity: detectGranularity(text),
    counted: countedHead(words).map(termOf),
    quoteRequest: isQuoteRequest(text),
    saying: words.some((w) => SAYING_WORDS.has(w)),
    negated: isNegated(words),
    ...predicateOf(words, terms),
  };
}

/** The last content word of "wh- did/was/is … <word>", when it is a term of the question. */
function predicateOf(
  words: readonly string[],
  terms: readonly QueryTerm[],
): { predicate?: string } {
  if (
    !/^(what|when|where|why|how|who) (did|does|do|was|were|is|are|will|has|have|had)$/.test(
      words.slice(0, 2).join(" "),
    )
  )
    return {};
  for (let i = words.length - 1; i >= 2; i--) {
    const word = words[i] ?? "";
    if (STOP_WORDS.has(word)) continue;
    const term = terms.find((t) => !t.entity && t.position === i)?.term;
    return term ? { predicate: term } : {};
  }
  return {};
}
