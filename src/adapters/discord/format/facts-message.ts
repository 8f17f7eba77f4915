import type { APIEmbed } from "discord.js";
import type { About, FactEntry } from "../../../core/index.js";
import { citation } from "./answer-message.js";
import { DISCORD_LIMITS, paginateLines } from "./limits.js";
import { COLORS, type MessageParts } from "./message-parts.js";

/** More messages than this would flood the channel; the last page says what was left out. */
export const MAX_FACT_PAGES = 4;

/**
 * The fact's statement (a sentence of its own) with its short answer in bold where the
 * statement contains it, and the paragraph it comes from.
 */
export function factLine(fact: FactEntry): string {
  const { statement, answer } = fact;
  const at = statement.toLowerCase().indexOf(answer.toLowerCase());
  const bolded =
    at === -1
      ? statement
      : `${statement.slice(0, at)}**${statement.slice(at, at + answer.length)}**${statement.slice(at + answer.length)}`;
  return `• ${bolded} (¶ ${fact.paragraph})`;
}

/**
 * The key facts at a glance, in article order: one message per page (a reply, then
 * follow-ups), since a single message holds at most 6000 characters of embeds.
 */
export function factsMessages(facts: readonly FactEntry[], about: About): MessageParts[] {
  if (facts.length === 0) {
    return [{ embeds: [{ color: COLORS.abstained, description: "No key facts are loaded yet." }] }];
  }
  const seen = new Set<string>();
  const unique = facts.filter((f) => !seen.has(f.statement) && seen.add(f.statement));
  const pages = paginateLines(unique.map(factLine), DISCORD_LIMITS.embedDescription - 100);
  const shown = pages.slice(0, MAX_FACT_PAGES);
  if (pages.length > shown.length) {
    const left = pages.slice(MAX_FACT_PAGES).join("\n").split("\n").length;
    shown[shown.length - 1] += `\n… and ${left} more: ask about them with /ask`;
  }
  const footer = citation(unique, about);
  return shown.map((description, i): MessageParts => {
    const title =
      shown.length > 1
        ? `Key facts and figures (${i + 1}/${shown.length})`
        : "Key facts and figures";
    const embed: APIEmbed = { color: COLORS.info, title, description };
    if (footer) embed.footer = { text: footer };
    return { embeds: [embed] };
  });
}
