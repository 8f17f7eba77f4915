/**
 * The question in a message that mentions the bot: the bot's own mention (`<@id>` or the
 * legacy `<@!id>`) removed wherever it appears, whitespace collapsed. Other mentions stay
 * as typed; replies are sent with mentions disabled, so they can't ping anyone.
 * @example questionFromMessage("<@123> who spoke?", "123") // "who spoke?"
 */
export function questionFromMessage(content: string, botId: string): string {
  return cleanQuestion(content.replaceAll(`<@${botId}>`, " ").replaceAll(`<@!${botId}>`, " "));
}

/** Whitespace (including line breaks and no-break spaces) collapsed and trimmed; zero-width spaces removed. */
export function cleanQuestion(text: string): string {
  return text
    .replace(/[\u200b\u2060\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
