/** What a line says once an `in:<article>` prefix is taken off. */
export interface ScopedText {
  /** The article reference as typed (an id, a prefix, or a title), if the text had one. */
  article?: string;
  /** The rest: the question or sub-command. */
  rest: string;
}

/** `in:gdansk …`, `in:"Record field" …` or `in:“Record field” …` at the start of the text. */
const PREFIX = /^in:\s*(?:"([^"]*)"|“([^”]*)”|(\S+))\s*/i;

/**
 * Splits an `in:<article>` prefix off a question, the one way Slack, Discord mentions and the
 * terminal chat scope a question to one article. A title with spaces goes in quotes.
 *
 * @example splitArticlePrefix('in:"Porto Novo" who approved it?')
 * // { article: "Porto Novo", rest: "who approved it?" }
 */
export function splitArticlePrefix(text: string): ScopedText {
  const trimmed = text.trim();
  const match = PREFIX.exec(trimmed);
  if (!match) return { rest: trimmed };
  const article = (match[1] ?? match[2] ?? match[3] ?? "").trim();
  return { article, rest: trimmed.slice(match[0].length) };
}
