import type { APIEmbed } from "discord.js";
import type { About, QuoteEntry, QuoteListing } from "../../../core/index.js";
import { citation } from "./answer-message.js";
import { DISCORD_LIMITS, joinLinesWithin } from "./limits.js";
import { COLORS, type MessageParts } from "./message-parts.js";

/** Quote marks come from the formatter, so strip any the data may already carry. */
function unquoted(text: string): string {
  return text.replace(/^["“”]+|["“”]+$/g, "").trim();
}

/** A direct quote in quote marks; a reported statement after its reporting verb. Both verbatim. */
export function quoteLine(quote: QuoteEntry): string {
  const words =
    quote.mode === "direct"
      ? `“${unquoted(quote.text)}”`
      : `*${quote.verb ?? "said"}* ${quote.text}`;
  return `${words} (paragraph ${quote.paragraph})`;
}

/** One embed per speaker, quotes in article order; a clear message when nobody matched. */
export function quotesMessage(listing: QuoteListing, about: About): MessageParts {
  if (!listing.found || listing.groups.length === 0) {
    return {
      embeds: [
        {
          color: COLORS.abstained,
          description: listing.message || "The article has no quotes to show.",
        },
      ],
    };
  }
  const embeds = listing.groups.map((group): APIEmbed => {
    const lines = group.quotes.map(quoteLine);
    const header = group.role ? `*${group.role}*\n\n` : "";
    const embed: APIEmbed = {
      color: COLORS.info,
      title: group.speaker,
      description:
        header +
        joinLinesWithin(
          lines,
          DISCORD_LIMITS.embedDescription - header.length,
          (n) => `… and ${n} more (ask /quote with this speaker for fewer at once)`,
          "\n\n",
        ),
    };
    const footer = citation(group.quotes, about);
    if (footer) embed.footer = { text: footer };
    return embed;
  });
  return { embeds };
}
