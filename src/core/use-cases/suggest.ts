import Fuse from "fuse.js";
import { ENGINE, type EngineContext } from "../engine/engine-context.js";
import type { AskOptions } from "../engine-types.js";
import { normalizeText } from "../text/normalize.js";

const SUGGEST_FUSE = Object.freeze({
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.45,
  useTokenSearch: true,
  keys: ["text"],
});

interface Suggestion {
  text: string;
  /** The doc or speaker it leads to, so one fact is offered once. */
  owner: string;
}

/** Autocomplete: answerable questions matching what a user has typed so far (fuse.js). */
export function suggestUseCase(context: EngineContext) {
  const { index } = context.pipeline;
  const suggestionsOf = (article: number): Suggestion[] => {
    const stats = index.articles[article];
    const pool: Suggestion[] = [];
    for (let i = stats?.start ?? 0; i < (stats?.end ?? 0); i++) {
      for (const text of index.docs[i]?.fact?.questions ?? []) pool.push({ text, owner: `d${i}` });
    }
    for (const s of context.speakersIn(article))
      pool.push({ text: `What did ${s.name} say?`, owner: `s:${s.name}` });
    return pool;
  };
  // Each index is built the first time its scope is asked for.
  const fuses = new Map<number | "all", Fuse<Suggestion>>();
  const fuseFor = (scope: number | undefined): Fuse<Suggestion> => {
    const key = scope ?? "all";
    let fuse = fuses.get(key);
    if (!fuse) {
      const pool =
        scope === undefined
          ? context.corpus.flatMap((_, a) => suggestionsOf(a))
          : suggestionsOf(scope);
      fuse = new Fuse(pool, SUGGEST_FUSE);
      fuses.set(key, fuse);
    }
    return fuse;
  };
  return (
    partial: string,
    limit: number = ENGINE.autocompleteLimit,
    options: AskOptions = {},
  ): string[] => {
    const scope = context.articleNumber(options.article);
    if (scope === null) return [];
    const max = Math.max(0, Math.min(limit, ENGINE.autocompleteLimit));
    const query = normalizeText(typeof partial === "string" ? partial.slice(0, 100) : "");
    if (query === "") return context.examplesIn(scope).slice(0, max);
    const seen = new Set<string>();
    const out: string[] = [];
    for (const r of fuseFor(scope).search(query)) {
      if (out.length >= max) break;
      if (seen.has(r.item.owner)) continue;
      seen.add(r.item.owner);
      out.push(r.item.text);
    }
    return out;
  };
}
