import type { types } from "@slack/bolt";
import { type ArticleAddition, additionCounts } from "../../shared/add-article.js";
import { linkTarget } from "./answer-blocks.js";
import {
  actionValue,
  buttonLabel,
  capBlocks,
  context,
  fallbackText,
  section,
} from "./block-limits.js";
import { escapeText } from "./escape.js";
import { plainReply } from "./listing-blocks.js";
import { ACTION_IDS, type SlackReply } from "./slack-reply.js";

/**
 * The private reply to `/ask ingest <url>`: the title (linked to the page), what was found in
 * it, and three questions to try as buttons that ask them; or why it was not added.
 */
export function ingestReply(result: ArticleAddition): SlackReply {
  if (result.status === "refused") return plainReply(`Not added. ${result.message}`);
  const title = result.url
    ? `<${linkTarget(result.url)}|${escapeText(result.title)}>`
    : escapeText(result.title);
  const lead = result.status === "added" ? "Added" : "Already known";
  const blocks: types.KnownBlock[] = [
    section(
      `*${lead}:* ${title}\n${escapeText(`${result.source}. I found ${additionCounts(result)}. Everyone can ask about it now.`)}`,
    ),
  ];
  if (result.notes.length > 0) blocks.push(context(result.notes.map(escapeText)));
  if (result.questions.length > 0) {
    blocks.push(context(["Try asking:"]));
    blocks.push({
      type: "actions",
      elements: result.questions.slice(0, 3).map((q, i) => ({
        type: "button" as const,
        action_id: `${ACTION_IDS.suggestionPrefix}${i}`,
        text: { type: "plain_text" as const, text: buttonLabel(q) },
        value: actionValue(`in:${result.id} ${q}`),
      })),
    });
  }
  return { text: fallbackText(escapeText(`${lead}: ${result.title}`)), blocks: capBlocks(blocks) };
}

export const INGEST_REPLIES = Object.freeze({
  off: () => plainReply("Adding articles is not turned on for this app."),
  usage: () => plainReply("Give the article's web address: /ask ingest https://…"),
  notAllowed: () =>
    plainReply(
      "Sorry, you're not allowed to add articles here. An admin can add you (or your user group) to SLACK_INGEST_USERS.",
    ),
  groupCheckFailed: () =>
    plainReply(
      "Sorry, I could not check your user group, so I can't add articles for you now. An admin can check that the app has the usergroups:read scope.",
    ),
  reading: (url: string) => plainReply(`Reading ${url} …`),
});
