import type { ArticleKnowledge, Entity } from "./schema.js";

/**
 * Curated knowledge extends and overrides ingested knowledge of the same article: entries with
 * the same id are replaced by the curated ones (a curated entity keeps the ingested aliases it
 * lacks), ingested entries the editors have not touched stay, and the curated article record
 * (title, source, paragraphs) wins. Ingested facts and quotes that point at an entity or a
 * paragraph the merge no longer has are dropped; curated entries are kept exactly as written,
 * so the loader's cross-checks report an editor's mistake instead of hiding it.
 *
 * @example mergeKnowledge(ingested, curated).facts.find((f) => f.id === "p4-number-9000-cambodians")
 */
export function mergeKnowledge(
  ingested: ArticleKnowledge,
  curated: ArticleKnowledge,
): ArticleKnowledge {
  const entities = mergeById(ingested.entities, curated.entities, mergeEntity);
  const known = new Set(entities.map((e) => e.id));
  const paragraphs = curated.article.paragraphs.length;
  const fits = (entry: { paragraph: number }) => entry.paragraph <= paragraphs;
  const facts = mergeById(
    ingested.facts
      .filter(fits)
      .map((f) => ({ ...f, entities: f.entities.filter((id) => known.has(id)) })),
    curated.facts,
  );
  const quotes = mergeById(
    ingested.quotes.filter((q) => fits(q) && known.has(q.speaker)),
    curated.quotes,
  );
  return { article: curated.article, entities, facts, quotes };
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
