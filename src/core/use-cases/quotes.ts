import type { EngineContext } from "../engine/engine-context.js";
import type { AskOptions, QuoteListing, SpeakerQuotes } from "../engine-types.js";
import { entityKey } from "../index/alias-index.js";
import { createSpeakerLookup } from "../index/speaker-lookup.js";
import { MESSAGES } from "../messages.js";

/** All quotes grouped by speaker, or one speaker's, found by any name or alias, typos forgiven. */
export function quotesUseCase(context: EngineContext) {
  const { corpus } = context;
  const lookup = createSpeakerLookup(
    corpus.flatMap((k) =>
      k.entities.map((e) => ({ key: entityKey(e), names: [e.name, ...e.aliases] })),
    ),
  );
  const names = context.pipeline.index.entityNames;
  return (speaker?: string, options: AskOptions = {}): QuoteListing => {
    const scope = context.articleNumber(options.article);
    if (scope === null)
      return { found: false, message: MESSAGES.unknownArticle(options.article ?? ""), groups: [] };
    const groups = new Map<string, SpeakerQuotes>();
    corpus.forEach((k, a) => {
      if (scope !== undefined && a !== scope) return;
      for (const q of k.quotes) {
        const entity = k.entities.find((e) => e.id === q.speaker);
        const key = entity ? entityKey(entity) : q.speaker;
        const group = groups.get(key) ?? {
          speaker: entity?.name ?? q.speaker,
          role: entity?.role,
          quotes: [],
        };
        group.quotes.push({
          text: q.text,
          mode: q.mode,
          verb: q.verb,
          paragraph: q.paragraph,
          article: k.article.id,
          title: k.article.title,
        });
        groups.set(key, group);
      }
    });
    const everyone = [...groups.values()];
    if (speaker === undefined || speaker.trim() === "") {
      const count = everyone.reduce((n, g) => n + g.quotes.length, 0);
      return {
        found: count > 0,
        message: MESSAGES.quoteCount(everyone.length, count),
        groups: everyone,
      };
    }
    const key = lookup(speaker);
    const group = key ? groups.get(key) : undefined;
    if (!group) {
      const known = key ? names.get(key) : undefined;
      const quoted = everyone.map((g) => g.speaker).join(", ");
      const message = known
        ? `${MESSAGES.noQuotesFrom(known)} Quoted: ${quoted}.`
        : MESSAGES.noSuchSpeaker(speaker.trim().slice(0, 100), quoted);
      return { found: false, message, groups: [] };
    }
    return { found: true, message: MESSAGES.quoteCount(1, group.quotes.length), groups: [group] };
  };
}
