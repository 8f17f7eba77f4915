import type { EntityIndex } from "./build-entities.js";
import type { QuoteSpan } from "./find-quote-spans.js";
import { PERSON_PRONOUNS } from "./lexicon.js";
import { hasTag, lower } from "./tag-tokens.js";
import type { ParsedParagraph, Token } from "./types.js";

/** Who "he" or "she" is at each sentence: the person most recently the subject of a sentence. */
export interface Discourse {
  /** The entity a token names: a name, or a pronoun resolved to the last person named. */
  entityAt(paragraph: number, tokenIndex: number): string | undefined;
  /** The subject of a sentence, if it is a named (or resolved) person. */
  subjectOf(paragraph: number, sentence: number): string | undefined;
  /** Whom "he", "she" or "his" would mean in this sentence. */
  resolve(paragraph: number, sentence: number, pronoun: string): string | undefined;
  /** True when the token lies inside a direct quote. */
  inQuote(paragraph: number, offset: number): boolean;
}

interface HistoryEntry {
  entity: string;
  gender: "female" | "male" | undefined;
}

/**
 * Walks the article once, sentence by sentence, keeping the people who were subjects so far.
 * A pronoun resolves to the latest subject whose first name does not contradict its gender.
 */
export function buildDiscourse(
  paragraphs: ParsedParagraph[],
  index: EntityIndex,
  quotes: QuoteSpan[],
): Discourse {
  const history: HistoryEntry[] = [];
  const snapshot = new Map<string, HistoryEntry[]>();
  const subjects = new Map<string, string>();
  const quoteRanges = new Map<number, [number, number][]>();
  for (const q of quotes) {
    const list = quoteRanges.get(q.paragraph) ?? [];
    list.push([q.open, q.close]);
    quoteRanges.set(q.paragraph, list);
  }
  const inQuote = (paragraph: number, offset: number): boolean =>
    (quoteRanges.get(paragraph) ?? []).some(([a, b]) => offset > a && offset < b);

  const resolve = (before: HistoryEntry[], pronoun: string): string | undefined => {
    const gender = PERSON_PRONOUNS.get(pronoun);
    for (let i = before.length - 1; i >= 0; i--) {
      const h = before[i];
      if (h && (h.gender === undefined || h.gender === gender)) return h.entity;
    }
    return before[before.length - 1]?.entity;
  };

  for (const p of paragraphs) {
    for (const s of p.sentences) {
      const key = `${p.n}:${s.index}`;
      const before = [...history];
      snapshot.set(key, before);
      const subject = findSubject(
        p,
        s.index,
        index,
        (t) => inQuote(p.n, t.start),
        (pronoun) => resolve(before, pronoun),
      );
      if (subject) {
        subjects.set(key, subject);
        history.push({ entity: subject, gender: index.gender(subject) });
      }
    }
  }

  return {
    entityAt(paragraph, tokenIndex) {
      const token = findToken(paragraphs, paragraph, tokenIndex);
      if (!token) return undefined;
      const pronoun = lower(token);
      if (PERSON_PRONOUNS.has(pronoun)) {
        return resolve(snapshot.get(`${paragraph}:${token.sentence}`) ?? [], pronoun);
      }
      return index.at(paragraph, tokenIndex)?.entity;
    },
    subjectOf: (paragraph, sentence) => subjects.get(`${paragraph}:${sentence}`),
    resolve: (paragraph, sentence, pronoun) =>
      resolve(
        snapshot.get(`${paragraph}:${sentence}`) ?? [],
        pronoun === "his" ? "he" : pronoun === "her" ? "she" : pronoun,
      ),
    inQuote,
  };
}

function findToken(paragraphs: ParsedParagraph[], paragraph: number, i: number): Token | undefined {
  return paragraphs[paragraph - 1]?.tokens[i];
}

/**
 * The sentence's subject: the first person named (or pronoun) before its first verb, outside
 * quotes; or the speaker after a closing quote (“…,” Okafor told reporters).
 */
function findSubject(
  p: ParsedParagraph,
  sentence: number,
  index: EntityIndex,
  quoted: (t: Token) => boolean,
  resolvePronoun: (pronoun: string) => string | undefined,
): string | undefined {
  const tokens = p.tokens.filter((t) => t.sentence === sentence && !quoted(t));
  for (const t of tokens) {
    const word = lower(t);
    if (PERSON_PRONOUNS.has(word)) return resolvePronoun(word);
    const named = index.at(p.n, t.index);
    if (named) {
      const entity = index.entities.find((e) => e.id === named.entity);
      if (entity?.type === "person") return entity.id;
      continue;
    }
    if (hasTag(t, "Verb") && !hasTag(t, "Gerund", "Noun", "Adjective")) return undefined;
  }
  return undefined;
}
