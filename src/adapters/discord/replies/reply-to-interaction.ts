import { MessageFlags, type RepliableInteraction } from "discord.js";
import type { BotContext } from "../context.js";
import type { MessageParts } from "../format/message-parts.js";
import { askQuestion } from "./ask-question.js";
import { toPayload } from "./payload.js";

/** Replies to an interaction; `ephemeral` ones only the user sees. Always with mentions disabled. */
export async function replyTo(
  interaction: RepliableInteraction,
  parts: MessageParts,
  { ephemeral = false } = {},
): Promise<void> {
  await interaction.reply({
    ...toPayload(parts),
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  });
}

/**
 * Answers a question asked through /ask or a suggestion button, from one article when `article`
 * (an id) is given: help and limit notices are private.
 */
export async function answerInteraction(
  interaction: RepliableInteraction,
  context: BotContext,
  question: string,
  article?: string,
): Promise<void> {
  const asker = {
    userId: interaction.user.id,
    channelId: interaction.channelId ?? "unknown",
    guildId: interaction.guildId,
    thread: interaction.channel?.isThread() ?? false,
  };
  const outcome = askQuestion(context, asker, question, article);
  await replyTo(interaction, outcome.parts, { ephemeral: outcome.kind !== "answer" });
}
