import type { ArticleKnowledge, Entity } from "../core/knowledge/schema.js";

/**
 * Curated knowledge extends and overrides ingested knowledge of the same article: entries with
 * the same id are replaced by the curated ones (a curated entity keeps the ingested aliases it
 * lacks), ingested entries the editors have not touched stay, and the curated article record
 * (title, source, paragraphs) wins. Ingested facts and quotes that point at an entity the merge
 * no longer has are dropped, so the result passes the loader's cross-checks.
 *
 * @example mergeKnowledge(ingested, curated).facts.find((f) => f.id === "p4-number-9000-cambodians")
 */
export function mergeKnowledge(
  ingested: ArticleKnowledge,
  curated: ArticleKnowledge,
): ArticleKnowledge {
  const entities = mergeById(ingested.entities, curated.entities, mergeEntity);
  const known = new Set(entities.map((e) => e.id));
  const facts = mergeById(ingested.facts, curated.facts).map((f) => ({
    ...f,
    entities: f.entities.filter((id) => known.has(id)),
  }));
  const quotes = mergeById(ingested.quotes, curated.quotes).filter((q) => known.has(q.speaker));
  const paragraphs = curated.article.paragraphs.length;
  return {
    article: curated.article,
    entities,
    facts: facts.filter((f) => f.paragraph <= paragraphs),
    quotes: quotes.filter((q) => q.paragraph <= paragraphs),
  };
}

/** Curated entries first, in their order, then ingested entries whose id the curated lack. */
function mergeById<T extends { id: string }>(
  ingested: T[],
  curated: T[],
  combine: (curated: T, ingested: T) => T = (c) => c,
): T[] {
  const fromIngest = new Map(ingested.map((x) => [x.id, x]));
  const curatedIds = new Set(curated.map((x) => x.id));
  return [
    ...curated.map((c) => {
      const i = fromIngest.get(c.id);
      return i ? combine(c, i) : c;
    }),
    ...ingested.filter((x) => !curatedIds.has(x.id)),
  ];
}

function mergeEntity(curated: Entity, ingested: Entity): Entity {
  const seen = new Set([curated.name, ...curated.aliases].map((a) => a.toLowerCase()));
  const extra = [ingested.name, ...ingested.aliases].filter((a) => !seen.has(a.toLowerCase()));
  return { ...curated, aliases: [...curated.aliases, ...new Set(extra)] };
}
