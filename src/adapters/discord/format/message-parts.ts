import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from "discord.js";

/** What a formatter produces; `toPayload` turns it into a safe, size-checked Discord payload. */
export interface MessageParts {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
}

/** Embed colours, so every reply of one kind looks the same. */
export const COLORS = Object.freeze({
  answered: 0x2e7d32,
  abstained: 0x99aab5,
  info: 0x3b6ea5,
});
