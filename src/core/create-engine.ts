import type { Answer } from "./answer.js";
import type { Engine } from "./engine-types.js";
import type { ArticleKnowledge } from "./knowledge/schema.js";

/**
 * TEMPORARY SCAFFOLD (being replaced by the real engine): lists work, answer() always abstains.
 */
export function createEngine(corpus: ArticleKnowledge[]): Engine {
  const abstain = (): Answer => ({
    answered: false,
    answer: "The article doesn't say.",
    short: "The article doesn't say.",
    confidence: 0,
    kind: "none",
    sources: [],
    suggestions: corpus.flatMap((k) => k.facts.map((f) => f.questions[0] ?? "")).slice(0, 3),
    refs: [],
  });
  return {
    answer: () => abstain(),
    quotes: () => ({
      found: true,
      message: "",
      groups: corpus.flatMap((k) =>
        k.entities
          .filter((e) => k.quotes.some((q) => q.speaker === e.id))
          .map((e) => ({
            speaker: e.name,
            role: e.role,
            quotes: k.quotes
              .filter((q) => q.speaker === e.id)
              .map((q) => ({
                text: q.text,
                mode: q.mode,
                verb: q.verb,
                paragraph: q.paragraph,
                article: k.article.id,
                title: k.article.title,
              })),
          })),
      ),
    }),
    facts: () =>
      corpus.flatMap((k) =>
        k.facts.map((f) => ({
          answer: f.answer,
          statement: f.statement,
          paragraph: f.paragraph,
          article: k.article.id,
          title: k.article.title,
        })),
      ),
    about: () => ({
      articles: corpus.map((k) => ({
        id: k.article.id,
        title: k.article.title,
        titleNote: k.article.titleNote,
        source: k.article.source,
        published: k.article.published,
        paragraphs: k.article.paragraphs.length,
        facts: k.facts.length,
        quotes: k.quotes.length,
      })),
      examples: corpus.flatMap((k) => k.facts.map((f) => f.questions[0] ?? "")).slice(0, 3),
      howToAsk: "Ask a question in plain words about the article.",
    }),
    suggest: (partial, limit = 25) =>
      corpus
        .flatMap((k) => k.facts.flatMap((f) => f.questions))
        .filter((q) => q.toLowerCase().includes(partial.toLowerCase()))
        .slice(0, limit),
    speakers: () =>
      corpus.flatMap((k) =>
        k.entities
          .filter((e) => k.quotes.some((q) => q.speaker === e.id))
          .map((e) => ({
            id: e.id,
            name: e.name,
            role: e.role,
            quotes: k.quotes.filter((q) => q.speaker === e.id).length,
          })),
      ),
  };
}
