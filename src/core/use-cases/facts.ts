import type { EngineContext } from "../engine/engine-context.js";
import type { AskOptions, FactEntry } from "../engine-types.js";

/** The key facts and figures at a glance, in article order. */
export function factsUseCase(context: EngineContext) {
  return (options: AskOptions = {}): FactEntry[] => {
    const scope = context.articleNumber(options.article);
    if (scope === null) return [];
    return context.corpus.flatMap((k, a) =>
      scope !== undefined && a !== scope
        ? []
        : [...k.facts]
            .sort((x, y) => x.paragraph - y.paragraph)
            .map((f) => ({
              answer: f.answer,
              statement: f.statement,
              paragraph: f.paragraph,
              article: k.article.id,
              title: k.article.title,
            })),
    );
  };
}
