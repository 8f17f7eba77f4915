import Fuse from "fuse.js";
import { editDistance } from "../text/edit-distance.js";
import { STOP_WORDS } from "../text/stop-words.js";

/**
 * Every word the knowledge uses, for correcting typos in questions ("cambodains", "sokhon").
 * A trigram index picks a few candidate words; fuse.js and an edit-distance bound choose
 * among them, so a lookup stays fast however large the corpus is.
 */
export interface WordLexicon {
  has(word: string): boolean;
  /** The known word a typo stands for, or undefined when none is close enough. */
  correct(word: string): string | undefined;
}

/** fuse.js ranks the candidates; the threshold only drops hopeless ones (we bound by edits). */
const FUSE_OPTIONS = Object.freeze({
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.5,
});

const MAX_CANDIDATES = 64;

function trigrams(word: string): string[] {
  const padded = `^${word}$`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}

/** Typos allowed: none for short words (too many real words are one edit apart), then 1, then 2. */
export function allowedEdits(word: string): number {
  if (word.length < 4 || /\d/.test(word)) return 0;
  return word.length >= 8 ? 2 : 1;
}

export function createWordLexicon(counts: ReadonlyMap<string, number>): WordLexicon {
  const gramIndex = new Map<string, string[]>();
  for (const word of counts.keys()) {
    // Stop words are never what a typo meant to say: "thai" is not "that".
    if (word.length < 3 || /\d/.test(word) || STOP_WORDS.has(word)) continue;
    for (const gram of new Set(trigrams(word))) {
      const list = gramIndex.get(gram);
      if (list) list.push(word);
      else gramIndex.set(gram, [word]);
    }
  }
  const cache = new Map<string, string | undefined>();
  const sorted = [...counts.keys()].filter((w) => !STOP_WORDS.has(w)).sort();
  /** Shorthand for a longer word ("telecoms", "govt"… "telecom" → "telecommunications"): the commonest completion. */
  const prefixOf = (word: string): string | undefined => {
    const stemmed = word.replace(/s$/, "");
    if (stemmed.length < 5) return undefined;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] ?? "") < stemmed) lo = mid + 1;
      else hi = mid;
    }
    let best: string | undefined;
    for (let i = lo; i < sorted.length && (sorted[i] ?? "").startsWith(stemmed); i++) {
      const candidate = sorted[i] as string;
      if (!best || (counts.get(candidate) ?? 0) > (counts.get(best) ?? 0)) best = candidate;
    }
    return best;
  };

  const lookUp = (word: string): string | undefined => {
    const max = allowedEdits(word);
    if (max === 0) return undefined;
    const shared = new Map<string, number>();
    for (const gram of new Set(trigrams(word))) {
      for (const candidate of gramIndex.get(gram) ?? []) {
        shared.set(candidate, (shared.get(candidate) ?? 0) + 1);
      }
    }
    const candidates = [...shared.entries()]
      .filter(([candidate]) => Math.abs(candidate.length - word.length) <= max)
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_CANDIDATES)
      .map(([candidate]) => candidate)
      .filter((candidate) => editDistance(word, candidate, max) <= max);
    if (candidates.length === 0) return prefixOf(word);
    if (candidates.length === 1) return candidates[0];
    // Several words within the bound: prefer fewer edits, then fuse.js's similarity, then frequency.
    const fuse = new Fuse(candidates, FUSE_OPTIONS);
    const fuseScore = new Map(fuse.search(word).map((r) => [r.item, r.score ?? 1]));
    return candidates
      .map((candidate) => ({
        candidate,
        edits: editDistance(word, candidate, max),
        score: fuseScore.get(candidate) ?? 1,
        count: counts.get(candidate) ?? 0,
      }))
      .sort((a, b) => a.edits - b.edits || a.score - b.score || b.count - a.count)[0]?.candidate;
  };

  return {
    has: (word) => counts.has(word),
    correct(word) {
      if (cache.has(word)) return cache.get(word);
      const result = lookUp(word);
      if (cache.size > 10_000) cache.clear();
      cache.set(word, result);
      return result;
    },
  };
}
