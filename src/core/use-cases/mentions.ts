import type { EngineContext } from "../engine/engine-context.js";
import type { AskOptions, Mention } from "../engine-types.js";

/**
 * The entities a text names, by any alias and forgiving typos (the question analysis reads
 * them), in the order it names them; with a scope, only those its article knows.
 */
export function mentionsUseCase(context: EngineContext) {
  const { pipeline, corpus } = context;
  const { index } = pipeline;
  const articlesOf = (key: string): string[] =>
    corpus.flatMap((k, a) => (index.articles[a]?.entities.has(key) ? [k.article.id] : []));
  return (text: string, options: AskOptions = {}): Mention[] => {
    const scope = context.articleNumber(options.article);
    if (scope === null || typeof text !== "string") return [];
    const question = pipeline.analyze(text);
    return question.terms
      .filter((t) => t.entity)
      .map((t) => ({
        name: index.entityNames.get(t.term) ?? t.term,
        type: index.entityTypes.get(t.term) ?? "other",
        articles: articlesOf(t.term),
      }))
      .filter((m) => scope === undefined || m.articles.includes(context.idOf(scope)));
  };
}
