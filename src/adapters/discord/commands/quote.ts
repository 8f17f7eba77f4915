import { ApplicationCommandOptionType } from "discord.js";
import { toChoices } from "../format/choices.js";
import { quotesMessage } from "../format/quotes-message.js";
import { replyTo } from "../replies/reply-to-interaction.js";
import {
  ARTICLE_OPTION,
  articleScope,
  respondWithArticles,
  suggestionScope,
} from "./article-option.js";
import type { Command } from "./index.js";
import { AVAILABILITY } from "./shared-data.js";

export default {
  data: {
    name: "quote",
    description: "What people in the article said, word for word",
    ...AVAILABILITY,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "speaker",
        description: "Whose quotes (leave empty for everyone's)",
        required: false,
        autocomplete: true,
        max_length: 100,
      },
      ARTICLE_OPTION,
    ],
  },
  async execute(interaction, context) {
    const about = context.engine.about();
    const scope = articleScope(interaction, about);
    if (!scope.ok) {
      await replyTo(interaction, scope.notice, { ephemeral: true });
      return;
    }
    const speaker = interaction.options.getString("speaker")?.trim() || undefined;
    const listing = context.engine.quotes(speaker, scope.options);
    await replyTo(interaction, quotesMessage(listing, about), { ephemeral: !listing.found });
  },
  async autocomplete(interaction, context) {
    const about = context.engine.about();
    if (interaction.options.getFocused(true).name === ARTICLE_OPTION.name) {
      await respondWithArticles(interaction, about);
      return;
    }
    const typed = interaction.options.getFocused().trim().toLowerCase();
    const speakers = context.engine
      .speakers(suggestionScope(interaction, about))
      .filter((s) => `${s.name} ${s.role ?? ""}`.toLowerCase().includes(typed));
    await interaction.respond(
      toChoices(
        speakers.map((s) => ({
          name: `${s.name} (${s.quotes} ${s.quotes === 1 ? "quote" : "quotes"})`,
          value: s.name,
        })),
      ),
    );
  },
} satisfies Command;
