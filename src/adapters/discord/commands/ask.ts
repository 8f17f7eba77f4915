import { ApplicationCommandOptionType } from "discord.js";
import { toChoices } from "../format/choices.js";
import { DISCORD_LIMITS } from "../format/limits.js";
import { answerInteraction, replyTo } from "../replies/reply-to-interaction.js";
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
    name: "ask",
    description: "Ask a question about the article",
    ...AVAILABILITY,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "question",
        description: "Your question, in plain words",
        required: true,
        autocomplete: true,
        max_length: 500,
      },
      ARTICLE_OPTION,
    ],
  },
  async execute(interaction, context) {
    const scope = articleScope(interaction, context.engine.about());
    if (!scope.ok) {
      await replyTo(interaction, scope.notice, { ephemeral: true });
      return;
    }
    const question = interaction.options.getString("question", true);
    await answerInteraction(interaction, context, question, scope.options.article);
  },
  // The engine's suggest() is synchronous and fast, so answer at once (well within Discord's 3 s).
  async autocomplete(interaction, context) {
    const about = context.engine.about();
    if (interaction.options.getFocused(true).name === ARTICLE_OPTION.name) {
      await respondWithArticles(interaction, about);
      return;
    }
    const typed = interaction.options.getFocused();
    const options = suggestionScope(interaction, about);
    const questions = context.engine.suggest(typed, DISCORD_LIMITS.choices, options);
    await interaction.respond(toChoices(questions.map((q) => ({ name: q, value: q }))));
  },
} satisfies Command;
