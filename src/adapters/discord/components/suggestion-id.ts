import { cutAt, DISCORD_LIMITS } from "../format/limits.js";

/**
 * A suggestion button carries its question in its custom_id: `ask:<index>:<question>`, or
 * `ask:<index>@<article-id>:<question>` when the question was asked about one article.
 * The index keeps ids unique within a message even when two long questions share a prefix;
 * the question is cut (never split mid-character) to fit Discord's 100-character limit,
 * which keeps buttons working after a restart, with no state kept in memory.
 */
const PREFIX = "ask:";
const PATTERN = /^ask:(\d)(?:@([a-z0-9-]+))?:([\s\S]+)$/;

/**
 * The custom_id for a suggested question. The article goes in only when the whole question
 * still fits: a suggestion is one of that article's own questions, so asked across every
 * article it most likely lands there anyway, while a cut question may not.
 */
export function suggestionCustomId(index: number, question: string, article?: string): string {
  const scoped = `${PREFIX}${index}@${article}:`;
  if (article && scoped.length + question.length <= DISCORD_LIMITS.customId) {
    return `${scoped}${question}`;
  }
  const head = `${PREFIX}${index}:`;
  return `${head}${cutAt(question, DISCORD_LIMITS.customId - head.length)}`;
}

/** The question (and article) a suggestion button asks, or null when the id is not one of ours. */
export function suggestionFromCustomId(
  customId: string,
): { question: string; article?: string } | null {
  const match = PATTERN.exec(customId);
  const question = match?.[3]?.trim();
  if (!question) return null;
  const article = match?.[2];
  return article ? { question, article } : { question };
}

export function isSuggestionCustomId(customId: string): boolean {
  return customId.startsWith(PREFIX);
}
