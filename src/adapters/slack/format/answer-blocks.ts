import type { types } from "@slack/bolt";
import type { Answer, Source } from "../../../core/index.js";
import {
  actionValue,
  buttonLabel,
  capBlocks,
  context,
  fallbackText,
  section,
} from "./block-limits.js";
import { escapeText } from "./escape.js";
import { ACTION_IDS, type SlackReply } from "./slack-reply.js";

type KnownBlock = types.KnownBlock;

/** At most this many suggestion buttons, as the issue asks. */
const MAX_SUGGESTIONS = 3;
/** Cited sources shown under an answer. */
const MAX_SOURCES = 3;

export interface ReplyOptions {
  /** The question to restate: after a slash command Slack shows nobody what was typed. */
  restate?: string;
  /** When set, a "Share in channel" button carrying this value (the `/ask` text to re-answer). */
  shareValue?: string;
  /** A trusted mrkdwn line under the reply, e.g. "Shared by <@U123>". */
  footer?: string;
  /** Put before each suggested question's button value (`in:<id> ` keeps a scoped question's scope). */
  suggestionPrefix?: string;
  /** The logged question's id: 👍 and 👎 buttons carry it. */
  questionId?: string;
}

/** Article id → publication ("The Post"), for the context line. */
export type SourceNames = ReadonlyMap<string, string>;

/**
 * Block Kit for an Answer: the question restated, the direct answer in bold, the supporting
 * sentence quoted, then "Paragraph N · title · source". When the engine abstains: its message
 * and up to three suggested questions as buttons. Every engine or user string is escaped.
 */
export function answerReply(
  answer: Answer,
  sourceNames: SourceNames,
  options: ReplyOptions = {},
): SlackReply {
  const blocks: KnownBlock[] = [];
  if (options.restate !== undefined) blocks.push(questionBlock(options.restate));

  if (answer.answered) {
    const main = answer.short.trim() || answer.answer.trim();
    const sources = answer.sources.slice(0, MAX_SOURCES);
    if (new Set(sources.map((s) => s.article)).size > 1) {
      // Passages from different articles: each quoted above the article it comes from.
      blocks.push(section(`*${escapeText(main)}*`));
      for (const source of sources) {
        // A quote's speaker on the line above it ("> " must open the quoted line).
        const who = source.speaker ? `_${escapeText(source.speaker)}_\n` : "";
        blocks.push(section(`${who}${quote(escapeText(source.text))}`));
        blocks.push(context([citeLine(source, sourceNames)]));
      }
    } else {
      const support = supportingText(main, sources[0]);
      const quoted = support ? `\n${quote(escapeText(support))}` : "";
      blocks.push(section(`*${escapeText(main)}*${quoted}`));
      const cites = [...new Set(sources.map((s) => citeLine(s, sourceNames)))];
      if (cites.length > 0) blocks.push(context(cites));
    }
    if (options.footer) blocks.push(context([options.footer]));
    if (options.shareValue !== undefined) blocks.push(shareActions(options.shareValue));
    if (options.questionId) blocks.push(feedbackActions(options.questionId));
    return { text: fallbackText(escapeText(main)), blocks: capBlocks(blocks) };
  }

  const message = answer.short.trim() || answer.answer.trim() || "The article doesn't say.";
  blocks.push(section(escapeText(message)));
  const suggestions = answer.suggestions.filter((s) => s.trim() !== "").slice(0, MAX_SUGGESTIONS);
  if (suggestions.length > 0) {
    blocks.push(context(["Questions I can answer:"]));
    blocks.push(suggestionActions(suggestions, options.suggestionPrefix ?? ""));
  }
  if (options.footer) blocks.push(context([options.footer]));
  if (options.questionId) blocks.push(feedbackActions(options.questionId));
  return { text: fallbackText(escapeText(message)), blocks: capBlocks(blocks) };
}

/** 👍 and 👎, each carrying the question's id, so a click needs nothing kept in memory. */
export function feedbackActions(questionId: string): KnownBlock {
  const button = (actionId: string, emoji: string) => ({
    type: "button" as const,
    action_id: actionId,
    text: { type: "plain_text" as const, text: emoji, emoji: true },
    value: actionValue(questionId),
  });
  return {
    type: "actions",
    elements: [button(ACTION_IDS.feedbackUp, "👍"), button(ACTION_IDS.feedbackDown, "👎")],
  };
}

/** "*Question:* …", with the user's text escaped so `<!channel>` stays text. */
export function questionBlock(question: string): KnownBlock {
  return section(`*Question:* ${escapeText(question)}`);
}

/** "Paragraph 3 · <title> · The Post" (escaped); a web article's title links to its page. */
export function citeLine(source: Source, sourceNames: SourceNames): string {
  const publication = sourceNames.get(source.article);
  const title = source.url
    ? `<${linkTarget(source.url)}|${escapeText(source.title)}>`
    : escapeText(source.title);
  return [`Paragraph ${source.paragraph}`, title, publication ? escapeText(publication) : undefined]
    .filter((p): p is string => Boolean(p))
    .join(" · ");
}

/** A URL inside mrkdwn's `<url|label>`: the characters that would end it are percent-encoded. */
export function linkTarget(url: string): string {
  return url.replace(/[<>| ]/g, (c) => encodeURIComponent(c));
}

/** A "Share in channel" button whose value is what to re-answer. */
export function shareActions(value: string): KnownBlock {
  return {
    type: "actions",
    elements: [
      {
        type: "button",
        action_id: ACTION_IDS.share,
        text: { type: "plain_text", text: buttonLabel("Share in channel") },
        value: actionValue(value),
      },
    ],
  };
}

function suggestionActions(suggestions: string[], prefix: string): KnownBlock {
  return {
    type: "actions",
    elements: suggestions.map((s, i) => ({
      type: "button" as const,
      action_id: `${ACTION_IDS.suggestionPrefix}${i}`,
      text: { type: "plain_text" as const, text: buttonLabel(s) },
      value: actionValue(`${prefix}${s}`),
    })),
  };
}

/** The supporting sentence, unless it only repeats the direct answer. */
function supportingText(main: string, source: Source | undefined): string | undefined {
  const text = source?.text.trim();
  // A quote's words, or a sentence given whole, are already the answer: not shown twice.
  if (!text || source?.inShort || text === main || main.includes(text)) return undefined;
  return text;
}

/** mrkdwn block quote: every line starts with "> ". */
function quote(text: string): string {
  return text
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
}
