import type { Answer, Source } from "./answer.js";
import { CONVERSATION_MESSAGES as MESSAGES } from "./conversation/messages.js";
import type { ArticleSummary, Engine, FactEntry } from "./engine-types.js";

/** How many main points follow the lead. */
export const SUMMARY_POINTS = 4;

/**
 * Facts that only say who or what something is ("X is the foreign minister") make a poor lead;
 * facts that say what happened make a good one.
 */
const IDENTITY = /^(\S+\s+){0,8}?(is|are)\s/i;
const rank = (fact: FactEntry): number => (IDENTITY.test(fact.statement) ? 1 : 0);

/**
 * "What is this article about?": the article's title, its lead and its main facts, each with its
 * paragraph, through the Engine's `about` and `facts`. With no article chosen and several
 * loaded, one line per article instead.
 *
 * @example summarizeArticle(engine, "cambodia-korea-busan-summit").short
 * // "Cambodia urges South Korea … : Prak Sokhonn urged South Korea to finalise …"
 */
export function summarizeArticle(engine: Engine, article?: string): Answer {
  const { articles } = engine.about();
  const only = articles.length === 1 ? articles[0] : undefined;
  const chosen = articles.find((a) => a.id === article) ?? only;
  if (!chosen) return overview(engine, articles);

  const points = mainPoints(engine.facts({ article: chosen.id }));
  const [lead, ...rest] = points;
  if (!lead) {
    return {
      answered: true,
      answer: `"${chosen.title}" (${chosen.source}).`,
      short: chosen.title,
      confidence: 1,
      kind: "fact",
      sources: [],
      suggestions: [],
      refs: [],
    };
  }
  const lines = [
    `"${chosen.title}" (${chosen.source})`,
    `${lead.statement} (paragraph ${lead.paragraph})`,
    ...(rest.length > 0 ? [MESSAGES.mainPoints] : []),
    ...rest.map((f) => `- ${f.statement} (paragraph ${f.paragraph})`),
  ];
  return {
    answered: true,
    answer: lines.join("\n"),
    short: `${chosen.title}: ${lead.statement}`,
    confidence: 1,
    kind: "fact",
    sources: points.map(sourceOf),
    suggestions: [],
    refs: points.map((f) => `${f.article}/p${f.paragraph}`),
  };
}

/** One fact per paragraph, the most telling of each, in article order: the lead and the main points. */
function mainPoints(facts: readonly FactEntry[]): FactEntry[] {
  const best = new Map<number, FactEntry>();
  for (const fact of facts) {
    const kept = best.get(fact.paragraph);
    if (
      !kept ||
      rank(fact) < rank(kept) ||
      (rank(fact) === rank(kept) && fact.statement.length > kept.statement.length)
    ) {
      best.set(fact.paragraph, fact);
    }
  }
  return [...best.values()].sort((a, b) => a.paragraph - b.paragraph).slice(0, SUMMARY_POINTS + 1);
}

function sourceOf(fact: FactEntry): Source {
  return {
    article: fact.article,
    title: fact.title,
    paragraph: fact.paragraph,
    text: fact.statement,
  };
}

/** Several articles and none chosen: each one's title and lead, so the user can pick. */
function overview(engine: Engine, articles: readonly ArticleSummary[]): Answer {
  const leads = articles.map((a) => ({ a, lead: mainPoints(engine.facts({ article: a.id }))[0] }));
  const lines = [MESSAGES.articlesKnown(articles.length)];
  for (const { a, lead } of leads)
    lines.push(`- "${a.title}" (${a.source})${lead ? `: ${lead.statement}` : ""}`);
  const cited = leads.flatMap(({ lead }) => (lead ? [lead] : []));
  return {
    answered: articles.length > 0,
    answer: lines.join("\n"),
    short: MESSAGES.articlesKnown(articles.length),
    confidence: 1,
    kind: "fact",
    sources: cited.map(sourceOf),
    suggestions: [],
    refs: cited.map((f) => `${f.article}/p${f.paragraph}`),
  };
}
