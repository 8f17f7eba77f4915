/**
 * Slack's mrkdwn treats `<…>` as control sequences (`<!channel>`, `<@U123>`, links), so any text
 * the bot echoes must have `&`, `<` and `>` escaped, in that order (escaping `&` last would
 * double-escape the entities just written).
 */
export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Slack escapes `&`, `<` and `>` in the text of events and commands it sends; undo that so the
 * engine reads what the user typed. `&amp;` goes last so `&amp;lt;` becomes `&lt;`, not `<`.
 */
export function unescapeText(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
