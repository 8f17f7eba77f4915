import type { EntityIndex } from "./build-entities.js";
import type { Discourse } from "./discourse.js";
import type { QuoteSpan } from "./find-quote-spans.js";
import { HONORIFICS, QUOTE_VERBS, REPORTING_PHRASES, REPORTING_VERBS } from "./lexicon.js";
import { hasTag, lower } from "./tag-tokens.js";
import type { ParsedParagraph, Token } from "./types.js";

/** A direct quote or a reported statement, attributed to an entity. */
export interface Statement {
  paragraph: number;
  sentence: number;
  speaker: string;
  mode: "direct" | "reported";
  /** As written: "said", "urged", "called for", "told The Post". */
  verb: string;
  /** For questions: "say", "urge", "call for". */
  infinitive: string;
  /** Verbatim words: the quote, or the reported clause. */
  text: string;
  textStart: number;
  textEnd: number;
}

const ADVERBS = new Set([
  "also",
  "further",
  "again",
  "later",
  "then",
  "earlier",
  "previously",
  "repeatedly",
  "strongly",
  "once",
  "had",
  "has",
  "have",
]);
const TIME_WORDS = new Set([
  "on",
  "in",
  "last",
  "this",
  "earlier",
  "late",
  "early",
  "at",
  "during",
]);

/** Stage: speakers of direct quotes: “…,” X said / X said: “…” / X told reporters: “…”. */
export function attributeQuotes(
  paragraphs: ParsedParagraph[],
  spans: QuoteSpan[],
  index: EntityIndex,
  discourse: Discourse,
): Statement[] {
  const out: Statement[] = [];
  let previous: Statement | undefined;
  for (const span of spans) {
    const p = paragraphs[span.paragraph - 1];
    if (!p) continue;
    const sentence = p.tokens.find((t) => t.start >= span.textStart)?.sentence ?? 0;
    let found: { speaker: string; verb: string } | undefined;
    if (span.continued && previous && previous.paragraph === span.paragraph - 1) {
      found = { speaker: previous.speaker, verb: previous.verb };
    }
    found ??= speakerAfter(p, span, index, discourse) ?? speakerBefore(p, span, index, discourse);
    if (!found && previous && previous.paragraph === span.paragraph) {
      found = { speaker: previous.speaker, verb: previous.verb };
    }
    if (!found && span.text.split(/\s+/).length >= 4) {
      const subject = sentence > 0 ? discourse.subjectOf(p.n, sentence - 1) : undefined;
      if (subject) found = { speaker: subject, verb: "said" };
    }
    if (!found) continue;
    const statement: Statement = {
      paragraph: span.paragraph,
      sentence,
      speaker: found.speaker,
      mode: "direct",
      verb: found.verb,
      infinitive: REPORTING_VERBS.get(found.verb.split(" ")[0] ?? "")?.infinitive ?? "say",
      text: span.text,
      textStart: span.textStart,
      textEnd: span.textEnd,
    };
    out.push(statement);
    previous = statement;
  }
  return out;
}

function isSpeaker(index: EntityIndex, entity: string | undefined): entity is string {
  const e = index.entities.find((x) => x.id === entity);
  return e !== undefined && (e.type === "person" || e.type === "organisation");
}

/** “…,” Dr. Achebe said. / “…,” said Kiprono. / “…,” Okafor told reporters in Lisbon. */
function speakerAfter(
  p: ParsedParagraph,
  span: QuoteSpan,
  index: EntityIndex,
  discourse: Discourse,
): { speaker: string; verb: string } | undefined {
  if (span.runsOn) return undefined;
  const after: Token[] = [];
  for (const t of p.tokens) {
    if (t.start <= span.close) continue;
    if (after.length > 0 && /[“"]/.test(t.pre)) break;
    after.push(t);
    const abbreviation = HONORIFICS.has(lower(t)) || /^\p{Lu}$/u.test(t.text);
    if (after.length >= 8 || (/[.!?;]/.test(t.post) && !abbreviation)) break;
  }
  const v = after.findIndex((t) => QUOTE_VERBS.has(lower(t)));
  if (v < 0) return undefined;
  const verbToken = after[v];
  if (!verbToken) return undefined;
  for (let i = v - 1; i >= 0; i--) {
    const t = after[i];
    if (!t) break;
    const entity = discourse.entityAt(p.n, t.index);
    if (isSpeaker(index, entity)) return { speaker: entity, verb: lower(verbToken) };
  }
  const next = after[v + 1];
  if (next) {
    const entity = discourse.entityAt(p.n, next.index);
    if (isSpeaker(index, entity)) return { speaker: entity, verb: lower(verbToken) };
  }
  return undefined;
}

/** Phea said: “…” / Kowalska said: "…" / He told The Post: “…”. */
function speakerBefore(
  p: ParsedParagraph,
  span: QuoteSpan,
  index: EntityIndex,
  discourse: Discourse,
): { speaker: string; verb: string } | undefined {
  const before = p.tokens.filter((t) => t.end <= span.open);
  const last = before[before.length - 1];
  if (!last || !/[:,]\s*$/.test(last.post)) return undefined;
  const window = before.slice(-8).filter((t) => t.sentence === last.sentence);
  for (let v = window.length - 1; v >= 0; v--) {
    const verbToken = window[v];
    if (!verbToken || !QUOTE_VERBS.has(lower(verbToken))) continue;
    for (let i = v - 1; i >= 0; i--) {
      const t = window[i];
      if (!t) break;
      const entity = discourse.entityAt(p.n, t.index);
      if (isSpeaker(index, entity)) return { speaker: entity, verb: lower(verbToken) };
      if (!ADVERBS.has(lower(t))) break;
    }
  }
  return undefined;
}

/**
 * Stage: reported statements. "Sokhonn said that …", "He also urged …", "Phea expressed hope that
 * …", "X told The Post on Thursday that …", and trailing attributions ("…, Nowicka said.").
 */
export function findReportedStatements(
  paragraphs: ParsedParagraph[],
  index: EntityIndex,
  discourse: Discourse,
): Statement[] {
  const out: Statement[] = [];
  for (const p of paragraphs) {
    for (const s of p.sentences) {
      const tokens = p.tokens.filter((t) => t.sentence === s.index);
      for (let k = 0; k < tokens.length; k++) {
        const verb = reportingVerbAt(tokens, k);
        const verbToken = tokens[k];
        if (!verb || !verbToken || discourse.inQuote(p.n, verbToken.start)) continue;
        const speaker = subjectBefore(p, tokens, k, index, discourse);
        if (!speaker) continue;
        const lastVerbToken = tokens[k + verb.length - 1];
        if (!lastVerbToken) continue;
        if (/[:“"]/.test(lastVerbToken.post) || /[“"]/.test(tokens[k + verb.length]?.pre ?? ""))
          continue;
        const clause = complementAfter(p, tokens, k + verb.length, verb.verb, s.end);
        const trailing = clause
          ? undefined
          : contentBefore(p, tokens, k, speaker, discourse, s.start);
        const span: { start: number; end: number; verbLabel?: string } | undefined =
          clause ?? trailing;
        if (!span) continue;
        const text = p.text.slice(span.start, span.end);
        if (text.split(/\s+/).length < 3 || /[“”"]/.test(text)) continue;
        out.push({
          paragraph: p.n,
          sentence: s.index,
          speaker,
          mode: "reported",
          verb: span.verbLabel ?? verb.verb,
          infinitive: verb.infinitive,
          text,
          textStart: span.start,
          textEnd: span.end,
        });
      }
    }
  }
  return out;
}

function reportingVerbAt(
  tokens: Token[],
  k: number,
): { verb: string; infinitive: string; length: number } | undefined {
  for (const phrase of REPORTING_PHRASES) {
    if (phrase.words.every((w, i) => lower(tokens[k + i]) === w)) {
      return { verb: phrase.verb, infinitive: phrase.infinitive, length: phrase.words.length };
    }
  }
  const single = REPORTING_VERBS.get(lower(tokens[k]));
  if (!single || !hasTag(tokens[k], "Verb")) return undefined;
  return { ...single, length: 1 };
}

/** The speaker right before the verb: a name, "he"/"she", or a name closed by an apposition. */
function subjectBefore(
  p: ParsedParagraph,
  tokens: Token[],
  k: number,
  index: EntityIndex,
  discourse: Discourse,
): string | undefined {
  let i = k - 1;
  while (i >= 0 && ADVERBS.has(lower(tokens[i]))) i--;
  const t = tokens[i];
  if (!t) return undefined;
  const direct = discourse.entityAt(p.n, t.index);
  // "Mark Ellison, requested" follows a role written before the name: the name is the subject.
  if (isPerson(index, direct)) return direct;
  // A named body speaks too ("Environmental group Green Circle said…"), unless it ends a
  // person's apposition ("Kin Phea, director of the … Institute, told").
  const personBefore = tokens
    .slice(0, i)
    .some((u) => isPerson(index, discourse.entityAt(p.n, u.index)));
  if (isSpeaker(index, direct) && !personBefore) return direct;
  // "…proposed by Mayor Lucia Ortega, who said the lanes…": the relative pronoun's antecedent.
  if (lower(t) === "who") {
    const before = tokens[i - 1];
    const antecedent =
      before && /^,\s*$/.test(before.post) ? discourse.entityAt(p.n, before.index) : undefined;
    return isPerson(index, antecedent) ? antecedent : undefined;
  }
  if (/^,\s*$/.test(t.post)) {
    // "Kin Phea, the director of …, told": walk back to the comma that opened the apposition.
    for (let j = i - 1; j >= 0 && i - j < 20; j--) {
      const u = tokens[j];
      if (u && /^,\s*$/.test(u.post)) {
        // The name may end a little before the comma: "Peter Kiprono of Kenya, who won …, said".
        for (let n = j; n >= 0 && j - n < 4; n--) {
          const v = tokens[n];
          const entity = v ? discourse.entityAt(p.n, v.index) : undefined;
          if (isPerson(index, entity)) return entity;
          if (v && n < j && /[,.;:]/.test(v.post)) break;
        }
        return undefined;
      }
    }
  }
  return undefined;
}

function isPerson(index: EntityIndex, entity: string | undefined): entity is string {
  return index.entities.find((e) => e.id === entity)?.type === "person";
}

/** The reported clause after the verb, to the sentence's end. */
function complementAfter(
  p: ParsedParagraph,
  tokens: Token[],
  from: number,
  verb: string,
  sentenceEnd: number,
): { start: number; end: number; verbLabel?: string } | undefined {
  let k = from;
  let verbLabel: string | undefined;
  if (verb === "told") {
    // "told The Post on Thursday that …": the clause starts after "that".
    const that = tokens.slice(from, from + 10).findIndex((t) => lower(t) === "that");
    if (that < 0) return undefined;
    const audience = tokens.slice(from, from + that);
    const lastAudience = audience.findIndex((t) => TIME_WORDS.has(lower(t)));
    const named = lastAudience < 0 ? audience : audience.slice(0, lastAudience);
    if (named.length > 0) {
      verbLabel = `told ${p.text.slice(named[0]?.start ?? 0, named[named.length - 1]?.end ?? 0)}`;
    }
    k = from + that + 1;
  } else {
    // "said on Thursday that …", "said that …", "expressed hope that …".
    let j = k;
    while (j < tokens.length && j - k < 4 && TIME_WORDS.has(lower(tokens[j]))) j += 2;
    if (j >= tokens.length) return undefined; // "… said on Thursday." ends the sentence
    if (lower(tokens[j]) === "that") k = j + 1;
    else if (lower(tokens[k]) === "that") k += 1;
  }
  const first = tokens[k];
  if (!first) return undefined;
  let end = sentenceEnd;
  while (end > first.start && /[.!?\s]/.test(p.text[end - 1] ?? "")) end--;
  if (end <= first.start) return undefined;
  return { start: first.start, end, ...(verbLabel ? { verbLabel } : {}) };
}

/** "The city expects about 60,000 spectators …, Nowicka said." The clause before the speaker. */
function contentBefore(
  p: ParsedParagraph,
  tokens: Token[],
  k: number,
  speaker: string,
  discourse: Discourse,
  sentenceStart: number,
): { start: number; end: number } | undefined {
  // The verb must end the sentence (bar a time phrase): "… said on Thursday."
  const rest = tokens.slice(k + 1);
  if (rest.length > 3 || (rest.length > 0 && !TIME_WORDS.has(lower(rest[0])))) return undefined;
  // Walk back over the speaker's name and role words to the comma before them.
  let i = k - 1;
  while (i >= 0) {
    const t = tokens[i];
    if (!t) return undefined;
    if (/,\s*$/.test(t.post) && discourse.entityAt(p.n, t.index) !== speaker) break;
    i--;
  }
  const lastContent = tokens[i];
  if (!lastContent || i < 2) return undefined;
  if (tokens.slice(0, i + 1).some((t) => discourse.inQuote(p.n, t.start))) return undefined;
  const start = tokens[0]?.start ?? sentenceStart;
  if (/[“"]/.test(tokens[0]?.pre ?? "")) return undefined;
  return { start, end: lastContent.end };
}
