import type { Mention } from "../engine-types.js";
import { normalizeText } from "../text/normalize.js";
import { STOP_WORDS } from "../text/stop-words.js";
import type { ConversationTurn } from "./conversation-state.js";
import {
  ABOUT_OPENERS,
  AUXILIARIES,
  FILLERS,
  HOW_WORDS,
  OPENERS,
  PERSON_OBJECT,
  PERSON_POSSESSIVE,
  PERSON_SUBJECT,
  PLACE,
  PLURAL,
  THING,
  THING_POSSESSIVE,
  WH_WORDS,
} from "./follow-up-cues.js";

/** How a question leans on the turns before it. */
export type FollowUpKind =
  /** Names its own subject, or there is nothing before it: read as typed. */
  | "standalone"
  /** "what did he ask him": pronouns stand for what was named before. */
  | "pronoun"
  /** "why?", "and when was that?": the previous question, asked another way. */
  | "ellipsis"
  /** "what about Kin Phea?": the previous question, about something else. */
  | "swap"
  /** No subject of its own and no pronoun ("what was the reason?"): maybe about the last subject. */
  | "open";

export interface FollowUpReading {
  kind: FollowUpKind;
  /** Questions to put to the engine, the likeliest reading first; the question as typed when standalone. */
  candidates: string[];
}

/** What reading a follow-up needs: the turns so far and the engine's entity finder. */
export interface FollowUpContext {
  /** Oldest first; the last one is the turn just before. */
  turns: readonly ConversationTurn[];
  /** The entities a text names (the engine's `mentions`). */
  mentionsOf(text: string): Mention[];
}

/** More readings cost more engine calls and win less often. */
const MAX_CANDIDATES = 4;
/** A previous answer longer than this is not what "it" or "that" stands for. */
const MAX_REFERENT_WORDS = 12;
/** Entity names are looked for in windows of at most this many words. */
const MAX_NAME_WORDS = 5;

const isPerson = (m: Mention) => m.type === "person";
const isPlace = (m: Mention) => m.type === "place" || m.type === "country";
const isPlural = (m: Mention) => m.type === "group" || m.type === "organisation";

/**
 * Reads a question against the turns before it and says how to ask it on its own: pronouns
 * replaced by what they stand for, a bare "why?" put into the previous question, "what about X"
 * made into the previous question about X. Pure: it only calls `mentionsOf`.
 *
 * @example
 * readFollowUp("and what did he ask him?", context).candidates[0]
 * // "what did Prak Sokhonn ask Oh Keo-don" (after "when did Sokhonn meet the mayor?")
 */
export function readFollowUp(question: string, context: FollowUpContext): FollowUpReading {
  const previous = context.turns.at(-1);
  const typed = words(question);
  if (!previous || typed.length === 0) return { kind: "standalone", candidates: [question] };
  const body = dropOpeners(typed);

  // "and in South Korea?": an opener and a new subject, no question of its own.
  const bareSubject =
    typed.length > body.length && whPhrase(body).length === 0 && !AUXILIARIES.has(body[0] ?? "");
  const about = aboutRest(typed) ?? aboutRest(body) ?? (bareSubject ? body : undefined);
  if (about && about.length > 0) {
    return reading("swap", swapSubject(previous, about, context));
  }

  const referents = referentsOf(context.turns);
  const pronouns = body.some(isPronoun);
  if (isBareQuestion(body)) {
    const wh = whPhrase(body);
    const swapped = wh.length > 0 ? withQuestionWord(previous, wh) : undefined;
    const resolved = pronouns ? resolvePronouns(body, referents, previous) : [];
    return reading("ellipsis", [...(swapped ? [swapped] : []), ...resolved]);
  }
  if (pronouns) {
    const resolved = resolvePronouns(body, referents, previous);
    if (resolved.length > 0) return reading("pronoun", resolved);
  }
  if (context.mentionsOf(question).length > 0) {
    return { kind: "standalone", candidates: [question] };
  }
  const subject = [...previous.named, ...previous.answerNamed].map((m) => m.name)[0];
  const candidates = subject ? [question, `${body.join(" ")} ${subject}`] : [question];
  return reading("open", candidates);
}

function reading(kind: FollowUpKind, candidates: string[]): FollowUpReading {
  const unique = [...new Set(candidates.map((c) => c.trim()).filter(Boolean))];
  return { kind, candidates: unique.slice(0, MAX_CANDIDATES) };
}

function words(text: string): string[] {
  return normalizeText(text).split(" ").filter(Boolean);
}

function dropOpeners(list: readonly string[]): string[] {
  let start = 0;
  while (start < list.length - 1 && OPENERS.has(list[start] ?? "")) start++;
  return list.slice(start);
}

/** The words after "what about" / "how about", or undefined when the question doesn't open so. */
function aboutRest(list: readonly string[]): string[] | undefined {
  for (const opener of ABOUT_OPENERS) {
    if (opener.every((w, i) => list[i] === w)) return list.slice(opener.length);
  }
  return undefined;
}

function isPronoun(word: string, i: number, list: readonly string[]): boolean {
  // "are there 10,000…", "is there a deadline": no place meant.
  if (word === "there" && i === 1 && AUXILIARIES.has(list[0] ?? "")) return false;
  if (PERSON_SUBJECT.has(word) || PERSON_OBJECT.has(word) || PERSON_POSSESSIVE.has(word))
    return true;
  if (PLURAL.has(word) || PLACE.has(word) || THING_POSSESSIVE.has(word)) return true;
  // "that" opening a clause after a verb ("did he say that") is no pronoun; "was that" or "that?" is.
  return THING.has(word) && (i > 0 || list.length === 1);
}

/** Only a question word, with at most an auxiliary, a pronoun or a filler: "why?", "when was that?". */
function isBareQuestion(list: readonly string[]): boolean {
  const wh = whPhrase(list);
  if (wh.length === 0) return false;
  return list
    .slice(wh.length)
    .every((w) => AUXILIARIES.has(w) || FILLERS.has(w) || THING.has(w) || PLURAL.has(w));
}

/** Words that may stand before a question word: "in which sectors?", "by when?", "since when?". */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  "in",
  "on",
  "at",
  "by",
  "for",
  "from",
  "to",
  "with",
  "since",
  "until",
  "till",
  "after",
  "before",
  "about",
]);

/**
 * The question word(s) a question opens with, with a preposition before them: "why", "how many",
 * "which year", "in which sectors", "by when"; empty when none.
 */
function whPhrase(list: readonly string[]): string[] {
  if (PREPOSITIONS.has(list[0] ?? "") && WH_WORDS.has(list[1] ?? "")) {
    const rest = whPhrase(list.slice(1));
    return rest.length > 0 ? [list[0] as string, ...rest] : [];
  }
  const [first = "", second = ""] = list;
  if (!WH_WORDS.has(first)) return [];
  if (first === "how" && HOW_WORDS.has(second)) return [first, second];
  if ((first === "which" || first === "what") && second && !AUXILIARIES.has(second)) {
    // "which year", "what time": the noun is part of what is asked.
    return STOP_WORDS.has(second) ? [first] : [first, second];
  }
  return [first];
}

/**
 * The previous question asked with another question word: "when did Sokhonn meet the mayor" and
 * "why?" make "why did Sokhonn meet the mayor". A subject question ("who urged Korea…") takes its
 * answer as the subject: "when Prak Sokhonn urged Korea…".
 */
function withQuestionWord(previous: ConversationTurn, wh: readonly string[]): string | undefined {
  const before = dropOpeners(words(previous.asked));
  const oldWh = whPhrase(before);
  const rest = before.slice(oldWh.length);
  if (rest.length === 0) return undefined;
  const [first = ""] = rest;
  if (oldWh.length === 0 || AUXILIARIES.has(first)) return `${wh.join(" ")} ${rest.join(" ")}`;
  if (oldWh[0] === "who" && previous.answered && shortEnough(previous.short)) {
    return `${wh.join(" ")} ${previous.short} ${rest.join(" ")}`;
  }
  return `${wh.join(" ")} ${rest.join(" ")}`;
}

interface Referents {
  people: Mention[];
  places: Mention[];
  plural: Mention[];
  things: Mention[];
}

/** What earlier turns named, most salient first: the last question's own subjects, then its answer's. */
function referentsOf(turns: readonly ConversationTurn[]): Referents {
  const all: Mention[] = [];
  for (const turn of [...turns].reverse()) {
    for (const m of [...turn.named, ...turn.answerNamed]) {
      if (!all.some((a) => a.name === m.name)) all.push(m);
    }
  }
  return {
    people: all.filter(isPerson),
    places: all.filter(isPlace),
    plural: all.filter((m) => isPlural(m) || isPerson(m)),
    things: all.filter((m) => !isPerson(m)),
  };
}

/**
 * Every reading of the pronouns, likeliest first. People are read once (the first "he" is the
 * subject the last question named, a "him" after it the next person); "it" or "that" may stand
 * for the last answer, for the last question's topic or for a thing it named, so each is a reading.
 */
function resolvePronouns(
  list: readonly string[],
  referents: Referents,
  previous: ConversationTurn,
): string[] {
  const out = [...list];
  const usedPeople: string[] = [];
  const nextPerson = (): Mention | undefined => {
    const person = referents.people.find((p) => !usedPeople.includes(p.name));
    if (person) usedPeople.push(person.name);
    return person ?? referents.people[0];
  };
  let thingAt = -1;
  let changed = false;
  list.forEach((word, i) => {
    const next = list[i + 1];
    const possessive = next !== undefined && !STOP_WORDS.has(next);
    let replacement: string | undefined;
    if (PERSON_SUBJECT.has(word) || (word === "her" && !possessive) || word === "him") {
      replacement = nextPerson()?.name;
    } else if (PERSON_POSSESSIVE.has(word)) {
      const person = referents.people[0];
      replacement = person ? `${person.name}'s` : undefined;
    } else if (
      PLURAL.has(word) &&
      (word !== "these" || !possessive) &&
      (word !== "those" || !possessive)
    ) {
      const group = referents.plural[0];
      replacement = group ? (word === "their" ? `${group.name}'s` : group.name) : undefined;
    } else if (PLACE.has(word) && isPronoun(word, i, list)) {
      replacement = referents.places[0]?.name;
    } else if (THING_POSSESSIVE.has(word)) {
      const thing = referents.things[0];
      replacement = thing ? `${thing.name}'s` : undefined;
    } else if (THING.has(word) && isPronoun(word, i, list)) {
      if (possessive && word !== "it") {
        // "that summit": the thing named before whose name holds the noun.
        const named = referents.things.find((t) => words(t.name).includes(next));
        if (named) {
          out[i] = named.name;
          out[i + 1] = "";
          changed = true;
        }
        return;
      }
      thingAt = i;
      return;
    }
    if (replacement !== undefined) {
      out[i] = replacement;
      changed = true;
    }
  });
  const base = out.filter(Boolean);
  if (thingAt < 0) return changed ? [base.join(" ")] : [];
  // The pronoun's place in `base`: blanks before it were dropped.
  const at = thingAt - out.slice(0, thingAt).filter((w) => w === "").length;
  return thingReadings(previous, referents).map((thing) =>
    [...base.slice(0, at), thing, ...base.slice(at + 1)].join(" "),
  );
}

/** What "it" or "that" may stand for, likeliest first. */
function thingReadings(previous: ConversationTurn, referents: Referents): string[] {
  const readings: string[] = [];
  const topic = topicOf(previous.asked);
  if (previous.answered && shortEnough(previous.short) && !/\d/.test(previous.short)) {
    readings.push(previous.short);
  }
  if (topic) readings.push(topic);
  const thing = referents.things[0];
  if (thing) readings.push(thing.name);
  if (previous.answered && shortEnough(previous.short) && /\d/.test(previous.short)) {
    readings.push(previous.short);
  }
  return readings;
}

/** The previous question without its question word and auxiliary: "Prak Sokhonn ask Oh Keo-don". */
function topicOf(asked: string): string | undefined {
  const list = dropOpeners(words(asked));
  const rest = list.slice(whPhrase(list).length);
  const [first = ""] = rest;
  const topic = AUXILIARIES.has(first) ? rest.slice(1) : rest;
  return topic.length > 0 ? topic.join(" ") : undefined;
}

function shortEnough(text: string): boolean {
  const n = text.split(/\s+/).filter(Boolean).length;
  return n > 0 && n <= MAX_REFERENT_WORDS;
}

/**
 * "what about Kin Phea?" after "what did Sokhonn say?": the previous question with the new
 * subject in place of the old one of the same kind, found by the engine in the question's words
 * ("in South Korea" replaces what followed "in" before). Without a subject to replace, the new
 * words are added to the previous question.
 */
function swapSubject(
  previous: ConversationTurn,
  rest: readonly string[],
  context: FollowUpContext,
): string[] {
  const before = words(previous.asked);
  const restText = rest.join(" ");
  const incoming = context.mentionsOf(restText);
  const fallback = `${previous.asked} ${restText}`;
  const [newcomer] = incoming;
  if (!newcomer) {
    // "and the course record bonus?" after "how much is the prize money?": the same question of it.
    const wh = whPhrase(before);
    const aux = AUXILIARIES.has(before[wh.length] ?? "") ? [before[wh.length] as string] : [];
    return wh.length > 0 ? [[...wh, ...aux, ...rest].join(" "), fallback] : [fallback];
  }
  const preposition = STOP_WORDS.has(rest[0] ?? "") && rest.length > 1 ? rest[0] : undefined;
  const old = [...previous.named]
    .map((m) => ({ m, span: locate(before, m, context) }))
    .filter((x): x is { m: Mention; span: [number, number] } => x.span !== undefined)
    .filter((x) => x.m.name !== newcomer.name)
    .sort((a, b) => rank(b) - rank(a))[0];
  function rank({ m, span }: { m: Mention; span: [number, number] }): number {
    const sameType =
      m.type === newcomer?.type ? 2 : isPlace(m) === isPlace(newcomer as Mention) ? 1 : 0;
    const samePreposition =
      preposition !== undefined && before[span[0] - 1] === preposition ? 4 : 0;
    return samePreposition + sameType;
  }
  if (!old) return [fallback];
  const [start, end] = old.span;
  const swapped = [...before.slice(0, start), newcomer.name, ...before.slice(end)].join(" ");
  return [swapped, fallback];
}

/**
 * Where in `list` the entity `m` is named: the shortest window the engine reads as naming it,
 * grown by the words of its own name ("oh" → "oh keo don").
 */
function locate(
  list: readonly string[],
  m: Mention,
  context: FollowUpContext,
): [number, number] | undefined {
  const own = new Set(words(m.name));
  const names = (a: number, b: number) =>
    context.mentionsOf(list.slice(a, b).join(" ")).some((x) => x.name === m.name);
  for (let n = 1; n <= Math.min(MAX_NAME_WORDS, list.length); n++) {
    for (let i = 0; i + n <= list.length; i++) {
      if (list.slice(i, i + n).every((w) => STOP_WORDS.has(w)) || !names(i, i + n)) continue;
      let [start, end] = [i, i + n];
      while (end < list.length && own.has(list[end] ?? "")) end++;
      while (start > 0 && own.has(list[start - 1] ?? "")) start--;
      return [start, end];
    }
  }
  return undefined;
}
