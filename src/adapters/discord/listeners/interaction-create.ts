import { Events } from "discord.js";
import { findCommand } from "../commands/index.js";
import feedbackButton from "../components/feedback-button.js";
import suggestionButton from "../components/suggestion-button.js";
import { replyTo } from "../replies/reply-to-interaction.js";
import type { Listener } from "./index.js";

/** Routes slash commands, their autocomplete, suggestion and 👍/👎 buttons to their handlers. */
export default {
  name: Events.InteractionCreate,
  async execute(context, interaction) {
    if (interaction.isAutocomplete()) {
      const command = findCommand(interaction.commandName);
      if (command?.autocomplete) await command.autocomplete(interaction, context);
      else await interaction.respond([]);
      return;
    }
    if (interaction.isChatInputCommand()) {
      const command = findCommand(interaction.commandName);
      if (command) await command.execute(interaction, context);
      else {
        const content = "I don't know that command (yet). Try /help.";
        await replyTo(interaction, { content }, { ephemeral: true });
      }
      return;
    }
    if (interaction.isButton() && suggestionButton.matches(interaction.customId)) {
      await suggestionButton.execute(interaction, context);
    } else if (interaction.isButton() && feedbackButton.matches(interaction.customId)) {
      await feedbackButton.execute(interaction, context);
    }
  },
} satisfies Listener<Events.InteractionCreate>;
