import type { APIEmbed } from "discord.js";
import { type ArticleAddition, additionCounts } from "../../shared/add-article.js";
import { suggestionRow } from "./answer-message.js";
import { DISCORD_LIMITS, truncate } from "./limits.js";
import { COLORS, type MessageParts } from "./message-parts.js";

/**
 * The private reply to /ingest: the article's title (linked to its page), what was found in it,
 * and three questions to try as buttons that ask them; or why it was not added.
 */
export function ingestMessage(result: ArticleAddition): MessageParts {
  if (result.status === "refused") {
    return {
      embeds: [
        {
          color: COLORS.abstained,
          title: "Not added",
          description: truncate(result.message, DISCORD_LIMITS.embedDescription),
        },
      ],
    };
  }
  const lead = result.status === "added" ? "Added" : "Already known";
  const embed: APIEmbed = {
    color: COLORS.answered,
    title: truncate(`${lead}: ${result.title}`, DISCORD_LIMITS.embedTitle),
    description: truncate(
      [
        `${result.source}. I found ${additionCounts(result)}.`,
        "Everyone can ask about it now, with /ask.",
        ...result.notes,
      ].join("\n"),
      DISCORD_LIMITS.embedDescription,
    ),
  };
  if (result.url) embed.url = result.url;
  if (result.questions.length > 0) {
    embed.fields = [
      {
        name: "Try asking",
        value: truncate(
          result.questions.map((q) => `• ${q}`).join("\n"),
          DISCORD_LIMITS.fieldValue,
        ),
      },
    ];
  }
  return { embeds: [embed], components: suggestionRow(result.questions, result.id) };
}

/** For members without the permission the operator set. */
export function notAllowedMessage(permissionLabel: string): MessageParts {
  return {
    content: `Sorry, you're not allowed to add articles here: it needs the ${permissionLabel} permission.`,
  };
}
