import { BaseInteraction, Message, MessageFlags } from "discord.js";
import { NO_PINGS } from "./payload.js";

export const ERROR_NOTICE = "Something went wrong while answering. Please try again in a moment.";

/** Who and what an event was about, for the error log (never message text or tokens). */
export function describeEventTarget(target: unknown): Record<string, unknown> {
  if (target instanceof BaseInteraction) {
    return {
      interactionId: target.id,
      interactionType: target.type,
      userId: target.user.id,
      guildId: target.guildId,
      channelId: target.channelId,
      ...(target.isCommand() || target.isAutocomplete() ? { command: target.commandName } : {}),
      ...(target.isMessageComponent() ? { customId: target.customId } : {}),
    };
  }
  if (target instanceof Message) {
    return {
      messageId: target.id,
      userId: target.author.id,
      guildId: target.guildId,
      channelId: target.channelId,
    };
  }
  return {};
}

/**
 * Tells the user that their request failed: privately for an interaction that can still be
 * answered (a reply, or a follow-up when it already was), a reply for a message.
 */
export async function sendErrorNotice(target: unknown): Promise<void> {
  if (target instanceof BaseInteraction && target.isRepliable()) {
    const notice = {
      content: ERROR_NOTICE,
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_PINGS,
    } as const;
    if (target.replied || target.deferred) await target.followUp(notice);
    else await target.reply(notice);
    return;
  }
  if (target instanceof Message) {
    await target.reply({ content: ERROR_NOTICE, allowedMentions: NO_PINGS });
  }
}
