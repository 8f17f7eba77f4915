import nlp from "compromise";
import { findRoleAfter, findRoleBefore } from "./find-roles.js";
import {
  AGREEMENT_HEADS,
  EVENT_HEADS,
  FUNCTION_WORDS,
  HONORIFICS,
  ORGANISATION_CUES,
  ORGANISATION_HEADS,
  PLACE_FOLLOWERS,
  PLACE_HEADS,
  TITLE_WORDS,
} from "./lexicon.js";
import { hasTag, isCapitalised, lower } from "./tag-tokens.js";
import type { Mention, MentionKind, ParsedParagraph, Token } from "./types.js";

/** Lower-case words allowed inside a name: "Royal Academy of Cambodia", "Ana de Souza". */
const CONNECTORS = new Set([
  "of",
  "for",
  "de",
  "da",
  "do",
  "dos",
  "das",
  "van",
  "von",
  "der",
  "den",
  "la",
  "le",
  "du",
  "al",
  "bin",
  "and",
  "the",
]);

/**
 * Stage: names. Finds runs of capitalised words (compromise tags refine them), splits off titles
 * ("Prime Minister Hun Sen") and possessives ("Cambodia’s International Relations Institute"),
 * reads acronyms written "Long Name (LN)", and guesses each name's kind from heads ("…
 * Association"), cues ("the firm Northwind", "Busan city"), tags (Person, Country) and roles.
 */
export function findNameMentions(p: ParsedParagraph): Mention[] {
  const mentions: Mention[] = [];
  for (const run of capitalisedRuns(p.tokens)) {
    for (const part of splitPossessive(p, run)) {
      const mention = classify(p, part);
      if (mention) mentions.push(mention);
    }
  }
  return mentions;
}

interface Run {
  first: number;
  last: number;
  /** End offset override, when a possessive "’s" is cut off. */
  end?: number;
}

function capitalisedRuns(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token || !startsName(token)) {
      i++;
      continue;
    }
    let last = i;
    let sawOf = false;
    for (;;) {
      const current = tokens[last];
      const next = tokens[last + 1];
      if (!current || !next || next.sentence !== current.sentence) break;
      if (current.post === "-" && next.pre === "") {
        last++; // hyphenated: Keo-don, Asean-Republic
        continue;
      }
      if (!joins(current, next)) break;
      if (isCapitalised(next) || hasTag(next, "Acronym")) {
        last++;
        continue;
      }
      const word = lower(next);
      const after = tokens[last + 2];
      const afterThat = tokens[last + 3];
      const capitalAfter = after !== undefined && joins(next, after) && isCapitalised(after);
      let connectorOk = false;
      if (word === "and") {
        // "Ministry of Health and Education", "Deputy Prime Minister and Minister…"; never "Cambodia and Korea".
        connectorOk = capitalAfter && (sawOf || (isTitleWord(current) && isTitleWord(after)));
      } else if (word === "the") {
        connectorOk = capitalAfter && lower(current) === "of";
      } else if (
        word === "of" &&
        hasTag(current, "Person", "LastName") &&
        hasTag(after, "Country", "Place")
      ) {
        connectorOk = false; // "Peter Kiprono of Kenya" is a person from a country
      } else if (CONNECTORS.has(word)) {
        connectorOk =
          capitalAfter ||
          (lower(after) === "the" &&
            afterThat !== undefined &&
            after !== undefined &&
            joins(next, after) &&
            joins(after, afterThat) &&
            isCapitalised(afterThat));
      }
      if (!connectorOk) break;
      if (word === "of" || word === "for") sawOf = true;
      last++;
    }
    runs.push(...trimRun(tokens, { first: i, last }));
    i = last + 1;
  }
  return runs;
}

function startsName(token: Token): boolean {
  return (isCapitalised(token) || hasTag(token, "Acronym")) && /\p{L}/u.test(token.text);
}

/** Two words belong to one name only when nothing but a space separates them. */
function joins(current: Token, next: Token): boolean {
  if (next.pre !== "") return false;
  if (/^\s+$/.test(current.post)) return true;
  // "Old Town Traders' Association": a plural possessive inside the name.
  if (/^['’]\s+$/.test(current.post) && /s$/.test(current.text) && isCapitalised(next)) return true;
  // "Dr. Achebe", "John F. Kennedy": an honorific or initial keeps its period inside the name.
  return (
    /^\.\s+$/.test(current.post) &&
    (HONORIFICS.has(lower(current)) || /^\p{Lu}$/u.test(current.text))
  );
}

/** Drops sentence-opening function words and trailing connectors from a run. */
function trimRun(tokens: Token[], run: Run): Run[] {
  let { first, last } = run;
  while (first <= last) {
    const t = tokens[first];
    if (!t || !(FUNCTION_WORDS.has(lower(t)) || isGrammatical(t))) break;
    // Mid-sentence "The Post" keeps its article; "The" opening a sentence does not.
    if (lower(t) === "the" && !opensSentence(tokens, first) && first < last) break;
    first++;
  }
  while (last >= first && CONNECTORS.has(tokens[last]?.text ?? "")) last--;
  return first <= last ? [{ first, last }] : [];
}

function isGrammatical(t: Token): boolean {
  return hasTag(t, "Determiner", "Pronoun", "Preposition", "Conjunction", "QuestionWord");
}

/** The word opens its sentence, or follows an opening quotation mark or bracket. */
export function opensSentence(tokens: Token[], index: number): boolean {
  const t = tokens[index];
  const before = tokens[index - 1];
  return !before || before.sentence !== t?.sentence || /[“"‘([]/.test(t?.pre ?? "");
}

/**
 * "Royal Academy of Cambodia’s International Relations Institute" names two things; "Porto Novo
 * Fishermen’s Association" one. Split when at least two capitalised words follow the possessive.
 */
function splitPossessive(p: ParsedParagraph, run: Run): Run[] {
  for (let i = run.first; i < run.last; i++) {
    const t = p.tokens[i];
    if (t && /['’]s$/.test(t.text) && run.last - i >= 2) {
      return [
        { first: run.first, last: i, end: t.end - 2 },
        { first: i + 1, last: run.last },
      ];
    }
  }
  const lastToken = p.tokens[run.last];
  if (lastToken && /['’]s$/.test(lastToken.text)) return [{ ...run, end: lastToken.end - 2 }];
  return [run];
}

function classify(p: ParsedParagraph, run: Run): Mention | undefined {
  const tokens = p.tokens.slice(run.first, run.last + 1);
  const firstToken = tokens[0];
  const lastToken = tokens[tokens.length - 1];
  if (!firstToken || !lastToken) return undefined;
  const make = (
    first: number,
    kind: MentionKind,
    certainty: Mention["certainty"],
    extra: Partial<Mention> = {},
  ): Mention => {
    const start = p.tokens[first]?.start ?? firstToken.start;
    const end = run.end ?? lastToken.end;
    return {
      paragraph: p.n,
      sentence: firstToken.sentence,
      first,
      last: run.last,
      start,
      end,
      text: p.text.slice(start, end),
      kind,
      certainty,
      sentenceInitial: opensSentence(p.tokens, first),
      ...extra,
    };
  };

  // A title inside the run: "Deputy Prime Minister … Prak Sokhonn", "Dr. Miguel Santos".
  const person = splitTitle(p, run);
  if (person === "title-only") return undefined;
  if (person) {
    const after = findRoleAfter(p, person.first, run.last);
    const role = person.role ?? after?.role;
    return make(person.first, "person", "strong", {
      ...(role ? { role } : {}),
      ...(person.honorific ? { honorific: person.honorific } : {}),
    });
  }

  const acronym = acronymAfter(p, run);
  const head = lower(lastToken).replace(/['’]s$/, "");
  const next = p.tokens[run.last + 1];
  const previous = p.tokens[run.first - 1];
  const extra = acronym ? { acronym } : {};

  if (tokens.length === 1 && hasTag(firstToken, "Demonym") && hasTag(firstToken, "Plural")) {
    return make(run.first, "group", "strong");
  }
  if (tokens.length === 1 && isDemonymAdjective(firstToken, next)) return undefined;
  if (tokens.length === 1 && hasTag(firstToken, "Date", "Month", "WeekDay", "Value"))
    return undefined;
  if (tokens.length === 1 && COUNTRY_ABBREVIATIONS.has(firstToken.text)) {
    return make(run.first, "country", "strong", extra);
  }
  if (next && next.pre === "" && PLACE_FOLLOWERS.has(lower(next)) && !isCapitalised(next)) {
    return make(run.first, "place", "strong", extra);
  }
  if (tokens.length === 1 && DIRECTIONS.has(lower(firstToken))) return undefined;
  const opening = lower(firstToken);
  if (ORGANISATION_HEADS.has(head) || (tokens.length > 2 && ORGANISATION_HEADS.has(opening))) {
    return make(run.first, "organisation", "strong", extra);
  }
  if (OTHER_HEADS.has(head) && tokens.length > 1) return make(run.first, "other", "strong", extra);
  if (isHyphenCompoundModifier(tokens, next)) return make(run.first, "other", "weak");
  if (EVENT_HEADS.has(head) && tokens.length > 1) return make(run.first, "event", "strong", extra);
  if (AGREEMENT_HEADS.has(head) && tokens.length > 1)
    return make(run.first, "agreement", "strong", extra);
  if (PLACE_HEADS.has(head) && tokens.length > 1) return make(run.first, "place", "strong", extra);
  if (previous && ORGANISATION_CUES.has(lower(previous))) {
    return make(run.first, "organisation", "strong", extra);
  }

  const roleBefore = findRoleBefore(p, run.first);
  const roleAfter = findRoleAfter(p, run.first, run.last);
  // "Busan mayor Park Min-ji": a role word right before a short name makes it a person, even
  // when the tagger reads the first word as a place.
  const namedByRole = roleBefore !== undefined && tokens.length >= 2 && tokens.length <= 3;
  if ((roleBefore || roleAfter) && (looksLikePersonName(tokens) || namedByRole)) {
    const role = roleBefore?.role ?? roleAfter?.role;
    return make(run.first, "person", "strong", role ? { role } : {});
  }
  if (tokens.every((t) => hasTag(t, "Country"))) return make(run.first, "country", "strong", extra);
  if (tokens.some((t) => hasTag(t, "Country", "City", "Region"))) {
    return make(run.first, "place", "strong", extra);
  }
  if (tokens.length === 1 && /^\p{Lu}{2,6}$/u.test(firstToken.text)) {
    return make(run.first, "organisation", "weak", extra);
  }
  if (
    tokens.some((t) => hasTag(t, "Person", "FirstName", "LastName")) &&
    looksLikePersonName(tokens)
  ) {
    return make(run.first, "person", "weak");
  }
  if (previous && /^(in|at|near|to|from|across|outside|inside)$/.test(lower(previous))) {
    return make(
      run.first,
      tokens.some((t) => hasTag(t, "Organization")) ? "organisation" : "place",
      "weak",
      extra,
    );
  }
  if (hasTag(firstToken, "Place")) return make(run.first, "place", "weak", extra);
  if (tokens.some((t) => hasTag(t, "Organization")) && tokens.length > 1) {
    return make(run.first, "organisation", "weak", extra);
  }
  if (acronym) return make(run.first, "organisation", "weak", extra);
  if (tokens.length >= 2 && tokens.length <= 3 && looksLikePersonName(tokens)) {
    return make(run.first, "person", "weak");
  }
  return make(run.first, "other", "weak", extra);
}

/**
 * Finds a title in the run and returns where the person's name starts, with the title as role.
 * "title-only" when the run is a bare title ("the Prime Minister").
 */
function splitTitle(
  p: ParsedParagraph,
  run: Run,
): { first: number; role?: string; honorific?: string } | "title-only" | undefined {
  let k = -1;
  for (let i = run.last; i >= run.first; i--) {
    if (isTitleWord(p.tokens[i], i === run.last)) {
      k = i;
      break;
    }
  }
  if (k < 0) return undefined;
  if (k === run.last) return "title-only";
  let first = k + 1;
  const afterTitle = lower(p.tokens[first]);
  if (CONNECTORS.has(afterTitle)) {
    // "Minister of Foreign Affairs and International Cooperation Prak Sokhonn": the name is the
    // last two words, unless the run is a title only ("Minister of Health").
    if (run.last - first < 3) return "title-only";
    first = run.last - 1;
    const candidate = p.tokens.slice(first, run.last + 1);
    if (!looksLikePersonName(candidate)) return "title-only";
  }
  const name = p.tokens.slice(first, run.last + 1);
  if (!looksLikePersonName(name)) return undefined;
  const titleTokens = p.tokens.slice(run.first, first);
  const titleText = titleTokens.length
    ? p.text.slice(titleTokens[0]?.start ?? 0, titleTokens[titleTokens.length - 1]?.end ?? 0)
    : "";
  if (titleTokens.every((t) => HONORIFICS.has(lower(t)))) {
    const withDot = p.text.slice(titleTokens[0]?.start ?? 0, p.tokens[first]?.start ?? 0).trim();
    return { first, honorific: withDot };
  }
  const role = findRoleBefore(p, run.first)?.role;
  return { first, role: role ? `${role} ${titleText}` : titleText };
}

/** Abbreviated titles count only with their period: "Sen. Smith", but "Hun Sen" is a name. */
const ABBREVIATED_TITLES = new Set(["sen", "rep", "gen", "col", "lt", "capt", "sgt", "gov"]);

function isTitleWord(token: Token | undefined, isLast = false): boolean {
  const word = lower(token);
  if (!token || !TITLE_WORDS.has(word)) return false;
  return !ABBREVIATED_TITLES.has(word) || (!isLast && token.post.startsWith("."));
}

/** Up to four capitalised words, none of them an organisation, place or event word. */
export function looksLikePersonName(tokens: Token[]): boolean {
  if (tokens.length === 0 || tokens.length > 4) return false;
  return tokens.every((t, i) => {
    const w = lower(t).replace(/['’]s$/, "");
    const hyphenated = tokens[i - 1]?.post === "-"; // "Keo-don"
    return (
      (hyphenated || /^\p{Lu}/u.test(t.text)) &&
      !/^\p{Lu}{2,}$/u.test(t.text) &&
      !ORGANISATION_HEADS.has(w) &&
      !EVENT_HEADS.has(w) &&
      !AGREEMENT_HEADS.has(w) &&
      !PLACE_HEADS.has(w) &&
      !isTitleWord(t, i === tokens.length - 1) &&
      !FUNCTION_WORDS.has(w) &&
      !hasTag(t, "Country", "Date", "Month", "WeekDay", "Value", "Demonym")
    );
  });
}

/** "Regional Comprehensive Economic Partnership (RCEP)": the acronym when its letters fit. */
function acronymAfter(p: ParsedParagraph, run: Run): string | undefined {
  const next = p.tokens[run.last + 1];
  if (!next?.pre.includes("(") || !next.post.startsWith(")")) return undefined;
  if (!/^\p{Lu}[\p{Lu}&]{1,9}s?$/u.test(next.text)) return undefined;
  const words = p.tokens
    .slice(run.first, run.last + 1)
    .flatMap((t) => t.text.split("-"))
    .filter((w) => w.length > 0);
  return fitsAcronym(next.text, words) ? next.text : undefined;
}

/**
 * Loose but safe: the acronym's letters appear in order in the expansion, it starts with the
 * first word's initial, and at least half its letters are initials ("AIMS" ← "Association of
 * International Marathons and Distance Races").
 */
export function fitsAcronym(acronym: string, words: string[]): boolean {
  const letters = acronym.replace(/&/g, "").toLowerCase();
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  const initials = capitalised.map((w) => w[0]?.toLowerCase() ?? "");
  if (letters[0] !== initials[0]) return false;
  const lowerWords = capitalised.map((w) => w.toLowerCase());
  let word = -1;
  let pos = 0;
  let fromInitials = 0;
  for (const letter of letters) {
    if ((lowerWords[word + 1] ?? "")[0] === letter) {
      word++;
      pos = 1;
      fromInitials++;
      continue;
    }
    const inside = word >= 0 ? (lowerWords[word] ?? "").indexOf(letter, pos) : -1;
    if (inside >= 0) {
      pos = inside + 1;
      continue;
    }
    let k = word + 2;
    while (k < lowerWords.length && (lowerWords[k] ?? "")[0] !== letter) k++;
    if (k >= lowerWords.length) return false;
    word = k;
    pos = 1;
    fromInitials++;
  }
  return fromInitials * 2 >= letters.length;
}

/** "Korea-Mekong mechanism": two names joined as a modifier of a common noun. */
function isHyphenCompoundModifier(tokens: Token[], next: Token | undefined): boolean {
  return (
    tokens.length === 2 &&
    tokens[0]?.post === "-" &&
    next !== undefined &&
    !isCapitalised(next) &&
    hasTag(next, "Noun") &&
    !PLACE_FOLLOWERS.has(lower(next))
  );
}

const COUNTRY_ABBREVIATIONS = new Set([
  "U.S.",
  "US",
  "USA",
  "U.S.A.",
  "U.K.",
  "UK",
  "UAE",
  "EU",
  "E.U.",
]);
const DIRECTIONS = new Set([
  "north",
  "south",
  "east",
  "west",
  "southeast",
  "southwest",
  "northeast",
  "northwest",
  "central",
]);
const OTHER_HEADS = new Set([
  "assessment",
  "report",
  "study",
  "survey",
  "index",
  "scheme",
  "system",
]);

const demonymCache = new Map<string, boolean>();

/** "Korean companies", "Cambodian migrant workers": an adjective, not a name. */
function isDemonymAdjective(token: Token, next: Token | undefined): boolean {
  if (!next || isCapitalised(next) || next.pre !== "" || !/^\s+$/.test(token.post)) return false;
  const word = token.text;
  let known = demonymCache.get(word);
  if (known === undefined) {
    known = nlp(`${word}s`).has("#Demonym") || nlp(word).has("#Demonym");
    demonymCache.set(word, known);
  }
  return known;
}
