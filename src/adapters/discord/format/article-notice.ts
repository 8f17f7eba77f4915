import type { About } from "../../../core/index.js";
import { type ArticleMatch, articleNotice } from "../../shared/find-article.js";
import { DISCORD_LIMITS, joinLinesWithin } from "./limits.js";
import { COLORS, type MessageParts } from "./message-parts.js";

/** "• **Title** (`id`)": what a user can pick in the `article:` option. */
export function articleChoiceLine(article: { id: string; title: string }): string {
  return `• **${article.title}** (\`${article.id}\`)`;
}

/** How to pick an article, per way of asking. */
export const HOW_TO_PICK = Object.freeze({
  option:
    "Start typing in the `article:` option and pick one from the list, or leave it empty to ask about every article.",
  prefix: "Start your question with `in:` and the article's id, e.g. `in:%id% who spoke?`",
});

/**
 * The reply when an article reference names no single article: what went wrong, the articles
 * to choose from, and how to pick one (`how`: the slash-command option or the `in:` prefix).
 */
export function articleNoticeMessage(
  typed: string,
  match: Exclude<ArticleMatch, { kind: "found" }>,
  about: About,
  how: keyof typeof HOW_TO_PICK = "option",
): MessageParts {
  const { summary, choices } = articleNotice(typed, match, about.articles);
  const description = joinLinesWithin(
    [
      summary,
      ...choices.map(articleChoiceLine),
      "",
      HOW_TO_PICK[how].replace("%id%", choices[0]?.id ?? "article-id"),
    ],
    DISCORD_LIMITS.embedDescription,
    (n) => `… and ${n} more`,
  );
  return { embeds: [{ color: COLORS.abstained, description }] };
}
