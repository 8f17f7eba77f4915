import type { ButtonInteraction } from "discord.js";
import type { BotContext } from "../context.js";
import { answerInteraction, replyTo } from "../replies/reply-to-interaction.js";
import { isSuggestionCustomId, suggestionFromCustomId } from "./suggestion-id.js";

/**
 * A click on a suggested question answers it in a new message, so the abstention it came
 * from stays readable above and anyone in the channel can click the other suggestions.
 */
export default {
  matches: isSuggestionCustomId,
  async execute(interaction: ButtonInteraction, context: BotContext): Promise<void> {
    const suggestion = suggestionFromCustomId(interaction.customId);
    if (!suggestion) {
      await replyTo(
        interaction,
        { content: "That button has no question on it." },
        { ephemeral: true },
      );
      return;
    }
    // An article removed since the button was sent: ask across every article instead.
    const known = context.engine.about().articles.some((a) => a.id === suggestion.article);
    await answerInteraction(
      interaction,
      context,
      suggestion.question,
      known ? suggestion.article : undefined,
    );
  },
};
