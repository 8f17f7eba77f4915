import { cutAt, DISCORD_LIMITS } from "../format/limits.js";

/**
 * A suggestion button carries its question in its custom_id: `ask:<index>:<question>`.
 * The index keeps ids unique within a message even when two long questions share a prefix;
 * the question is cut (never split mid-character) to fit Discord's 100-character limit,
 * which keeps buttons working after a restart, with no state kept in memory.
 */
const PREFIX = "ask:";
const PATTERN = /^ask:(\d):([\s\S]+)$/;

export function suggestionCustomId(index: number, question: string): string {
  const head = `${PREFIX}${index}:`;
  return `${head}${cutAt(question, DISCORD_LIMITS.customId - head.length)}`;
}

/** The question a suggestion button asks, or null when the id is not one of ours. */
export function questionFromCustomId(customId: string): string | null {
  const match = PATTERN.exec(customId);
  const question = match?.[2]?.trim();
  return question ? question : null;
}

export function isSuggestionCustomId(customId: string): boolean {
  return customId.startsWith(PREFIX);
}
