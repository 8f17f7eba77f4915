import {
  type APIApplicationCommandStringOption,
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
} from "discord.js";
import type { About, AskOptions } from "../../../core/index.js";
import { filterArticles, findArticle } from "../../shared/find-article.js";
import { articleNoticeMessage } from "../format/article-notice.js";
import { toChoices } from "../format/choices.js";
import type { MessageParts } from "../format/message-parts.js";

/** The optional `article:` option that scopes /ask, /quote and /facts to one article. */
export const ARTICLE_OPTION: APIApplicationCommandStringOption = {
  type: ApplicationCommandOptionType.String,
  name: "article",
  description: "Only this article (leave empty for all of them)",
  required: false,
  autocomplete: true,
  max_length: 100,
};

/** Autocomplete for `article:`: matching articles, the title shown and the id as the value. */
export async function respondWithArticles(
  interaction: AutocompleteInteraction,
  about: About,
): Promise<void> {
  const typed = interaction.options.getFocused();
  const articles = filterArticles(about.articles, typed);
  await interaction.respond(toChoices(articles.map((a) => ({ name: a.title, value: a.id }))));
}

/** The engine options for the picked article (`{}` for every article), or the notice to send. */
export type ArticleScope = { ok: true; options: AskOptions } | { ok: false; notice: MessageParts };

/**
 * The article id the interaction's `article:` option picks. An id comes from autocomplete;
 * typed text is matched to a title or id. Text that fits no single article gives the notice.
 */
export function articleScope(
  interaction: ChatInputCommandInteraction | AutocompleteInteraction,
  about: About,
): ArticleScope {
  const typed = interaction.options.getString(ARTICLE_OPTION.name)?.trim();
  if (!typed) return { ok: true, options: {} };
  const match = findArticle(about.articles, typed);
  if (match.kind === "found") return { ok: true, options: { article: match.article.id } };
  return { ok: false, notice: articleNoticeMessage(typed, match, about) };
}

/**
 * For autocomplete: Discord sends the options typed so far, so suggestions follow an article
 * picked first; half-typed text that fits no single article narrows nothing yet.
 */
export function suggestionScope(interaction: AutocompleteInteraction, about: About): AskOptions {
  const scope = articleScope(interaction, about);
  return scope.ok ? scope.options : {};
}
