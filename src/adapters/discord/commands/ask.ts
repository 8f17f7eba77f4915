import { ApplicationCommandOptionType } from "discord.js";
import { toChoices } from "../format/choices.js";
import { DISCORD_LIMITS } from "../format/limits.js";
import { answerInteraction } from "../replies/reply-to-interaction.js";
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
    ],
  },
  async execute(interaction, context) {
    await answerInteraction(interaction, context, interaction.options.getString("question", true));
  },
  // The engine's suggest() is synchronous and fast, so answer at once (well within Discord's 3 s).
  async autocomplete(interaction, context) {
    const typed = interaction.options.getFocused();
    const questions = context.engine.suggest(typed, DISCORD_LIMITS.choices);
    await interaction.respond(toChoices(questions.map((q) => ({ name: q, value: q }))));
  },
} satisfies Command;
