import type { APIEmbed, MessageMentionOptions } from "discord.js";
import { DISCORD_LIMITS, fitEmbeds, truncate } from "../format/limits.js";
import type { MessageParts } from "../format/message-parts.js";

/**
 * No message the bot sends may ping anyone: an `@everyone`, role or user mention that a
 * user typed and the bot echoes stays inert, and replying does not ping the author.
 */
export const NO_PINGS: MessageMentionOptions = Object.freeze({
  parse: [],
  repliedUser: false,
});

export interface SafePayload {
  content?: string;
  embeds: APIEmbed[];
  components: NonNullable<MessageParts["components"]>;
  allowedMentions: MessageMentionOptions;
}

/**
 * The one way a payload leaves this adapter: within Discord's size limits, and with
 * mentions disabled. Works for `reply`, `editReply`, `followUp`, `update` and `message.reply`.
 */
export function toPayload(parts: MessageParts): SafePayload {
  const { embeds, omitted } = fitEmbeds(parts.embeds ?? []);
  let content = parts.content;
  if (omitted > 0) {
    const note = `(${omitted} more ${omitted === 1 ? "section" : "sections"} did not fit in one message.)`;
    content = content ? `${content}\n${note}` : note;
  }
  const payload: SafePayload = {
    embeds,
    components: parts.components ?? [],
    allowedMentions: NO_PINGS,
  };
  if (content !== undefined) payload.content = truncate(content, DISCORD_LIMITS.content);
  return payload;
}
