import type { FeedbackReply } from "../../shared/conversations/conversation-service.js";
import { suggestionRow } from "./answer-message.js";
import { DISCORD_LIMITS, joinLinesWithin, truncate } from "./limits.js";
import { COLORS, type MessageParts } from "./message-parts.js";

/**
 * The private reply to a 👍 (thanks) or a 👎: the next-best answers the article gives, each with
 * its paragraph, and questions to ask instead as buttons.
 */
export function feedbackMessage(reply: FeedbackReply): MessageParts {
  if (reply.kind === "thanks") return { content: "Thanks for the 👍: noted." };
  const lines = reply.alternatives.map(
    (alt) =>
      `• **${truncate(alt.short, 300)}** — paragraph ${alt.source.paragraph}\n> ${truncate(alt.source.text, 400)}`,
  );
  const description =
    lines.length > 0
      ? joinLinesWithin(lines, DISCORD_LIMITS.embedDescription - 200)
      : "I have no other answer to that question.";
  return {
    content: "Thanks for the 👎: noted, so the answer can be improved.",
    embeds: [
      {
        color: COLORS.info,
        title: truncate(
          reply.question ? `Other answers to “${reply.question}”` : "Other answers",
          DISCORD_LIMITS.embedTitle,
        ),
        description,
        ...(reply.suggestions.length > 0 ? { footer: { text: "Or ask one of these:" } } : {}),
      },
    ],
    components: suggestionRow(reply.suggestions),
  };
}
