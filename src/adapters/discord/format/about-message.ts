import type { About, ArticleSummary } from "../../../core/index.js";
import { DISCORD_LIMITS, joinLinesWithin, truncate } from "./limits.js";
import { COLORS, type MessageParts } from "./message-parts.js";

export function articleLine(a: ArticleSummary): string {
  const published = a.published ? `, ${a.published}` : "";
  const counts = `${a.paragraphs} paragraphs, ${a.facts} facts, ${a.quotes} quotes`;
  return `• **${a.title}** — ${a.source}${published} (${counts})`;
}

function exampleList(examples: readonly string[]): string {
  return examples
    .slice(0, 5)
    .map((e) => `• ${e}`)
    .join("\n");
}

/** What the bot knows (articles, source, size) and how to ask. */
export function aboutMessage(about: About): MessageParts {
  const notes = about.articles.flatMap((a) => (a.titleNote ? [`*${a.titleNote}*`] : []));
  const description = joinLinesWithin(
    [
      about.howToAsk,
      "",
      "**What I know**",
      ...about.articles.map(articleLine),
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
