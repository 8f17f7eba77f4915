import { tokenize } from "../analyze/tokenize.js";
import type { Entity } from "../knowledge/schema.js";
import { editDistance } from "../text/edit-distance.js";

const words = (text: string): string[] => tokenize(text).map((t) => t.word);

/**
 * Finds the entities a text names, by any alias, longest alias first. An entity's key is its
 * normalised name, so the same person in two articles is one key.
 */
export interface EntityMatch {
  key: string;
  /** Word positions [start, end) the alias covered. */
  start: number;
  end: number;
}

export interface AliasIndex {
  /** Entity keys for an exact alias phrase (normalised words joined by spaces). */
  readonly phrases: ReadonlyMap<string, ReadonlySet<string>>;
  readonly longest: number;
  /**
   * Aliases in the words, longest first. `fuzzy` (questions) also takes a typo per word and
   * names typed without spaces; the knowledge's own text needs neither.
   */
  find(
    textWords: readonly string[],
    fuzzy?: boolean,
    allowed?: (key: string) => boolean,
  ): EntityMatch[];
  /**
   * Things (not people) with a multi-word alias containing this word ("marathon" → Gdansk
   * Marathon). People are left out: "director" in "race director" does not name Marta Kowalska.
   */
  partOf(word: string): ReadonlySet<string>;
  /** Keys of people, so "who is <name>" can be told from "who is <thing>". */
  readonly people: ReadonlySet<string>;
}

/** Words that may open an alias without being part of it ("the foreign minister"). */
const LEADING = new Set(["the", "a", "an", "mr", "mrs", "ms", "dr"]);

export function entityKey(entity: Pick<Entity, "name">): string {
  return `@${words(entity.name).join("_")}`;
}

/**
 * A lone lower-case word ("workers", "mayor") is a description, not a name: matching it as the
 * entity would answer "the mayor of Seoul" with Busan's mayor. Such aliases are not indexed.
 */
export function isWeakAlias(alias: string): boolean {
  return !/\p{Lu}/u.test(alias) && !/\s/.test(alias.trim().replace(/^(the|a|an)\s+/i, ""));
}

export function aliasPhrases(entity: Pick<Entity, "name" | "aliases">): string[] {
  const phrases = new Set<string>();
  for (const alias of [entity.name, ...entity.aliases.filter((a) => !isWeakAlias(a))]) {
    let w = dropPossessive(words(alias));
    while (w.length > 1 && LEADING.has(w[0] ?? "")) w = w.slice(1);
    if (w.length > 0) phrases.add(w.join(" "));
  }
  return [...phrases];
}

/** "Busan's mayor" normalises to "busan s mayor"; the lone "s" would break alias matching. */
export function dropPossessive(textWords: readonly string[]): string[] {
  return textWords.filter((w) => w !== "s");
}

const NESTABLE_TYPES = new Set(["place", "country", "organisation"]);

export function createAliasIndex(
  entities: Iterable<Pick<Entity, "name" | "aliases" | "type">>,
): AliasIndex {
  const phrases = new Map<string, Set<string>>();
  const nestable = new Set<string>();
  const people = new Set<string>();
  let longest = 1;
  for (const entity of entities) {
    const key = entityKey(entity);
    if (NESTABLE_TYPES.has(entity.type)) nestable.add(key);
    if (entity.type === "person") people.add(key);
    for (const phrase of aliasPhrases(entity)) {
      const keys = phrases.get(phrase) ?? new Set<string>();
      keys.add(key);
      phrases.set(phrase, keys);
      longest = Math.max(longest, phrase.split(" ").length);
    }
  }
  // Multi-word aliases by each of their words, for matching "kin pea" to "kin phea".
  const byWord = new Map<string, string[][]>();
  for (const phrase of phrases.keys()) {
    const w = phrase.split(" ");
    if (w.length < 2) continue;
    for (const word of new Set(w)) {
      const list = byWord.get(word) ?? [];
      list.push(w);
      byWord.set(word, list);
    }
  }
  const byPart = new Map<string, Set<string>>();
  for (const [phrase, keys] of phrases) {
    if (!phrase.includes(" ")) continue;
    for (const word of phrase.split(" ")) {
      const set = byPart.get(word) ?? new Set<string>();
      for (const key of keys) if (!people.has(key)) set.add(key);
      byPart.set(word, set);
    }
  }
  // Exact matching only tries windows that open like some alias, as long as its longest.
  const longestFrom = new Map<string, number>();
  for (const phrase of phrases.keys()) {
    const w = phrase.split(" ");
    const first = w[0] ?? "";
    longestFrom.set(first, Math.max(longestFrom.get(first) ?? 0, w.length));
  }
  // Multi-word aliases without their spaces, for "keodon" or "oh keodon" typed for "Oh Keo-don".
  const compact = new Map<string, string>();
  for (const phrase of phrases.keys()) {
    if (phrase.includes(" ")) compact.set(phrase.replaceAll(" ", ""), phrase);
  }

  /** An alias of the window's length sharing one word exactly, every other word within one edit. */
  const fuzzyPhrase = (window: readonly string[]): string | undefined => {
    for (const word of window) {
      for (const alias of byWord.get(word) ?? []) {
        if (alias.length !== window.length) continue;
        const close = alias.every((a, k) => {
          const w = window[k] ?? "";
          return a === w || (a.length >= 4 && w.length >= 3 && editDistance(a, w, 1) <= 1);
        });
        if (close) return alias.join(" ");
      }
    }
    return undefined;
  };

  const none: ReadonlySet<string> = new Set();
  return {
    phrases,
    longest,
    partOf: (word) => byPart.get(word) ?? none,
    people,
    find(textWords, fuzzy = true, allowed = () => true) {
      const keep = (keys: ReadonlySet<string> | undefined) => {
        if (!keys) return undefined;
        const kept = [...keys].filter(allowed);
        return kept.length > 0 ? kept : undefined;
      };
      const found: EntityMatch[] = [];
      let i = 0;
      while (i < textWords.length) {
        let matched = false;
        const widest = fuzzy ? longest : (longestFrom.get(textWords[i] ?? "") ?? 0);
        for (let n = Math.min(widest, textWords.length - i); n >= 1; n--) {
          const window = textWords.slice(i, i + n);
          const exact = window.join(" ");
          const keys =
            keep(phrases.get(exact)) ??
            (fuzzy ? keep(phrases.get(compact.get(window.join("")) ?? "")) : undefined) ??
            (fuzzy && n >= 2 ? keep(phrases.get(fuzzyPhrase(window) ?? "")) : undefined);
          if (keys) {
            for (const key of keys) found.push({ key, start: i, end: i + n });
            // "Busan city mayor" names the mayor and, inside it, the place Busan. Only places and
            // organisations nest: "prime minister" inside "deputy prime minister" is someone else.
            for (let a = i; a < i + n; a++) {
              for (let b = i + n; b > a; b--) {
                if (b - a === n) continue;
                for (const key of phrases.get(textWords.slice(a, b).join(" ")) ?? []) {
                  if (nestable.has(key) && allowed(key)) found.push({ key, start: a, end: b });
                }
              }
            }
            i += n;
            matched = true;
            break;
          }
        }
        if (!matched) i++;
      }
      return found;
    },
  };
}
