import { type APIEmbed, type APIEmbedField, ButtonStyle, ComponentType } from "discord.js";
import type { About, Answer, Source } from "../../../core/index.js";
import { feedbackCustomId } from "../components/feedback-id.js";
import { suggestionCustomId } from "../components/suggestion-id.js";
import { DISCORD_LIMITS, truncate } from "./limits.js";
import { COLORS, type MessageParts } from "./message-parts.js";

/** Discord quote block: every line of `text` prefixed with "> ". */
export function blockquote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join("\n");
}

/** "Article title — The Post" for each article cited, once each, in citing order. */
export function citation(
  cited: readonly { article: string; title: string }[],
  about: About,
): string {
  const titles = [...new Map(cited.map((c) => [c.article, c.title])).entries()];
  return titles
    .map(([id, title]) => {
      const publication = about.articles.find((a) => a.id === id)?.source;
      return publication ? `${title} — ${publication}` : title;
    })
    .join(" · ");
}

function sourceField(source: Source, citesSeveralArticles: boolean): APIEmbedField {
  const paragraph = `Paragraph ${source.paragraph}`;
  // Several speakers' words: each field says whose they are.
  const where = source.speaker ? `${paragraph} · ${source.speaker}` : paragraph;
  // An article from the web: its address under the quoted paragraph, never cut.
  const link = source.url ? `\n${source.url}` : "";
  return {
    name: citesSeveralArticles ? `${where} of “${source.title}”` : where,
    // Words the headline already shows (a quote, a whole sentence) are cited, not repeated.
    value: source.inShort
      ? `Quoted above.${link}`
      : `${truncate(blockquote(source.text), DISCORD_LIMITS.fieldValue - link.length)}${link}`,
  };
}

/** Up to 3 buttons, each asking one suggested question (about `article`, when the question was). */
export function suggestionRow(
  suggestions: readonly string[],
  article?: string,
): MessageParts["components"] {
  const buttons = suggestions.slice(0, 3).map((question, index) => ({
    type: ComponentType.Button as const,
    style: ButtonStyle.Secondary as const,
    label: truncate(question, DISCORD_LIMITS.buttonLabel),
    custom_id: suggestionCustomId(index, question, article),
  }));
  return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

/** 👍 and 👎 under an answer; each carries the question's id, so a click needs no memory. */
export function feedbackRow(questionId: string): NonNullable<MessageParts["components"]> {
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          emoji: { name: "👍" },
          custom_id: feedbackCustomId("up", questionId),
        },
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          emoji: { name: "👎" },
          custom_id: feedbackCustomId("down", questionId),
        },
      ],
    },
  ];
}

/**
 * The reply to a question: the direct answer as the headline, each supporting passage
 * quoted with its paragraph number, and a footer naming the article. When the engine
 * abstains: its explanation and up to 3 suggested questions as buttons. With `questionId`,
 * 👍 and 👎 buttons under either. `article` is the id
 * the question was scoped to, if any: the buttons keep that scope and the footer says so.
 */
export function answerMessage(
  question: string,
  answer: Answer,
  about: About,
  article?: string,
  questionId?: string,
): MessageParts {
  const feedback = questionId ? feedbackRow(questionId) : [];
  const title = truncate(question, DISCORD_LIMITS.embedTitle);
  if (!answer.answered) {
    const hasSuggestions = answer.suggestions.length > 0;
    const embed: APIEmbed = {
      color: COLORS.abstained,
      title,
      description: hasSuggestions
        ? `${answer.short}\n\nI can answer these instead:`
        : `${answer.short}\n\nTry /about to see what I know.`,
    };
    const scoped = about.articles.filter((a) => article === undefined || a.id === article);
    const known = citation(
      scoped.map((a) => ({ article: a.id, title: a.title })),
      about,
    );
    if (known) {
      embed.footer = {
        text: article ? `Asked about ${known} only` : `I answer only from: ${known}`,
      };
    }
    return {
      embeds: [embed],
      components: [...(suggestionRow(answer.suggestions, article) ?? []), ...feedback],
    };
  }
  const articles = new Set(answer.sources.map((s) => s.article));
  const embed: APIEmbed = { color: COLORS.answered, title };
  if (answer.sources.length > 0) {
    embed.description = `**${answer.short}**`;
    embed.fields = answer.sources.slice(0, 3).map((s) => sourceField(s, articles.size > 1));
  } else {
    // No passage to quote: the full answer text carries its own support.
    embed.description = answer.answer;
  }
  const footer = citation(answer.sources, about);
  if (footer) embed.footer = { text: footer };
  // One web article cited: the title links to it.
  const urls = new Set(answer.sources.map((s) => s.url));
  const [url] = urls;
  if (urls.size === 1 && url) embed.url = url;
  return feedback.length > 0 ? { embeds: [embed], components: feedback } : { embeds: [embed] };
}
