import type { About, ArticleSummary } from "../../../core/index.js";
import { DISCORD_LIMITS, joinLinesWithin, truncate } from "./limits.js";
import { COLORS, type MessageParts } from "./message-parts.js";

/** One article: title, publication, size, and its id when there are several to pick from. */
export function articleLine(a: ArticleSummary, showId = false): string {
  const published = a.published ? `, ${a.published}` : "";
  const counts = `${a.paragraphs} paragraphs, ${a.facts} facts, ${a.quotes} quotes`;
  const id = showId ? ` · \`${a.id}\`` : "";
  return `• **${a.title}** — ${a.source}${published} (${counts})${id}`;
}

function exampleList(examples: readonly string[]): string {
  return examples
    .slice(0, 5)
    .map((e) => `• ${e}`)
    .join("\n");
}

/** What the bot knows (articles, source, size), how to ask, and how to pick one article. */
export function aboutMessage(about: About): MessageParts {
  const notes = about.articles.flatMap((a) => (a.titleNote ? [`*${a.titleNote}*`] : []));
  const several = about.articles.length > 1;
  const description = joinLinesWithin(
    [
      about.howToAsk,
      ...(several
        ? [
            "To ask about one article only, pick it in the `article:` option of /ask, /quote or /facts.",
          ]
        : []),
      "",
      several ? `**What I know** (${about.articles.length} articles)` : "**What I know**",
      ...about.articles.map((a) => articleLine(a, several)),
      ...(notes.length > 0 ? ["", ...notes] : []),
    ],
    DISCORD_LIMITS.embedDescription,
    (n) => `… and ${n} more`,
  );
  const fields =
    about.examples.length > 0
      ? [
          {
            name: "Try asking",
            value: truncate(exampleList(about.examples), DISCORD_LIMITS.fieldValue),
          },
        ]
      : [];
  return { embeds: [{ color: COLORS.info, title: "About this bot", description, fields }] };
}
