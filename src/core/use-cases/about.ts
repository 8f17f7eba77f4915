import type { EngineContext } from "../engine/engine-context.js";
import type { About } from "../engine-types.js";
import { MESSAGES } from "../messages.js";

/** Which articles the bot knows, with example questions taken from them. */
export function aboutUseCase(context: EngineContext) {
  return (): About => {
    const examples = context.examplesIn(undefined);
    return {
      articles: context.corpus.map((k) => ({
        id: k.article.id,
        title: k.article.title,
        titleNote: k.article.titleNote,
        source: k.article.source,
        published: k.article.published,
        paragraphs: k.article.paragraphs.length,
        facts: k.facts.length,
        quotes: k.quotes.length,
      })),
      examples: examples.slice(0, 5),
      howToAsk: MESSAGES.howToAsk(examples[0]),
    };
  };
}
