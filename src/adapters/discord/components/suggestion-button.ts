import type { ButtonInteraction } from "discord.js";
import type { BotContext } from "../context.js";
import { answerInteraction, replyTo } from "../replies/reply-to-interaction.js";
import { isSuggestionCustomId, questionFromCustomId } from "./suggestion-id.js";

/**
 * A click on a suggested question answers it in a new message, so the abstention it came
 * from stays readable above and anyone in the channel can click the other suggestions.
 */
export default {
  matches: isSuggestionCustomId,
  async execute(interaction: ButtonInteraction, context: BotContext): Promise<void> {
    const question = questionFromCustomId(interaction.customId);
    if (!question) {
      await replyTo(
        interaction,
        { content: "That button has no question on it." },
        { ephemeral: true },
      );
      return;
    }
    await answerInteraction(interaction, context, question);
  },
};
