import type { ButtonInteraction } from "discord.js";
import type { BotContext } from "../context.js";
import { feedbackMessage } from "../format/feedback-message.js";
import { replyTo } from "../replies/reply-to-interaction.js";
import { feedbackFromCustomId, isFeedbackCustomId } from "./feedback-id.js";

/**
 * A click on 👍 or 👎 under an answer: recorded in the question log, and answered privately
 * (ephemeral), so the channel is not filled with feedback; a 👎 gets the next-best answers.
 */
export default {
  matches: isFeedbackCustomId,
  async execute(interaction: ButtonInteraction, context: BotContext): Promise<void> {
    const feedback = feedbackFromCustomId(interaction.customId);
    if (!feedback) {
      await replyTo(
        interaction,
        { content: "That button is not one of mine." },
        { ephemeral: true },
      );
      return;
    }
    const reply = await context.conversations.feedback(feedback.questionId, feedback.verdict, {
      platform: "discord",
      userId: interaction.user.id,
    });
    await replyTo(interaction, feedbackMessage(reply), { ephemeral: true });
  },
};
