import type { Verdict } from "../../../log/question-log.js";

/**
 * A 👍/👎 button's custom_id: `fb:up:<question id>` or `fb:down:<question id>` (a UUID, well
 * within Discord's 100 characters), so a click works after a restart with nothing in memory.
 */
const PATTERN = /^fb:(up|down):([0-9a-f-]{36})$/;

export function feedbackCustomId(verdict: Verdict, questionId: string): string {
  return `fb:${verdict}:${questionId}`;
}

/** The verdict and question a feedback button carries, or null when the id is not one. */
export function feedbackFromCustomId(
  customId: string,
): { verdict: Verdict; questionId: string } | null {
  const match = PATTERN.exec(customId);
  if (!match?.[1] || !match[2]) return null;
  return { verdict: match[1] as Verdict, questionId: match[2] };
}

export function isFeedbackCustomId(customId: string): boolean {
  return customId.startsWith("fb:");
}
