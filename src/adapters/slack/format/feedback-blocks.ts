import type { types } from "@slack/bolt";
import type { FeedbackReply } from "../../shared/conversations/conversation-service.js";
import { capBlocks, context, fallbackText, section, truncateText } from "./block-limits.js";
import { escapeText } from "./escape.js";
import type { SlackReply } from "./slack-reply.js";

/**
 * The private reply to 👍 (thanks) or 👎: the next-best answers the article gives, each quoted
 * with its paragraph, then questions to ask instead. Every engine string is escaped.
 */
export function feedbackReply(reply: FeedbackReply): SlackReply {
  if (reply.kind === "thanks")
    return { text: "Thanks for the 👍: noted.", blocks: [section("Thanks for the 👍: noted.")] };
  const blocks: types.KnownBlock[] = [
    section("Thanks for the 👎: noted, so the answer can be improved."),
  ];
  if (reply.alternatives.length > 0) {
    const asked = reply.question ? ` to “${escapeText(reply.question)}”` : "";
    blocks.push(context([`Other answers${asked} the article gives:`]));
    for (const alt of reply.alternatives) {
      blocks.push(
        section(
          `*${escapeText(truncateText(alt.short, 300))}*\n> ${escapeText(truncateText(alt.source.text, 500))}`,
        ),
      );
      blocks.push(context([escapeText(`Paragraph ${alt.source.paragraph} · ${alt.source.title}`)]));
    }
  } else {
    blocks.push(context(["I have no other answer to that question."]));
  }
  if (reply.suggestions.length > 0) {
    blocks.push(
      context([`Or ask: ${reply.suggestions.map((s) => `“${escapeText(s)}”`).join(" · ")}`]),
    );
  }
  return { text: fallbackText("Thanks for the 👎: noted."), blocks: capBlocks(blocks) };
}
