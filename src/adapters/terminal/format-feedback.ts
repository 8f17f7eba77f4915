import type { FeedbackReply } from "../shared/conversations/conversation-service.js";
import { formatCitation } from "./format-answer.js";
import { PLAIN, type Style } from "./style.js";

/** The reply to /good, or to /bad: the next-best answers and questions to try. */
export function formatFeedbackReply(reply: FeedbackReply, style: Style = PLAIN): string {
  if (reply.kind === "thanks") return "Thanks, noted.";
  const lines = ["Thanks, noted: I'll learn from it."];
  if (reply.alternatives.length > 0) {
    lines.push("Other answers the article gives:");
    for (const alt of reply.alternatives) {
      lines.push(`  - ${style.bold(alt.short)} ${style.dim(formatCitation(alt.source))}`);
    }
  } else {
    lines.push("I have no other answer to that question.");
  }
  if (reply.suggestions.length > 0) {
    lines.push("Try asking:");
    for (const s of reply.suggestions) lines.push(`  - ${style.cyan(s)}`);
  }
  return lines.join("\n");
}
