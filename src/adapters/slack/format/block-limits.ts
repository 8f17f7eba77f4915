import type { types } from "@slack/bolt";

type KnownBlock = types.KnownBlock;

/** Slack's documented Block Kit limits; Slack rejects a whole message that breaks any of them. */
export const BLOCK_LIMITS = Object.freeze({
  /** Characters in a section block's text. */
  sectionText: 3000,
  /** Blocks in one message. */
  blocks: 50,
  /** Characters in a button's label. */
  buttonText: 75,
  /** Characters in a button's value. */
  actionValue: 2000,
  /** Elements in a context block. */
  contextElements: 10,
  /** Characters in the top-level fallback `text` we send (Slack allows more; notifications show little). */
  fallbackText: 3000,
});

const ELLIPSIS = "…";

/**
 * Shortens `text` to at most `max` UTF-16 units (Slack counts no more than that), ending with "…".
 * Never cuts a surrogate pair or an HTML entity (`&amp;`, `&lt;`, `&gt;`) in half, so escaped
 * text stays escaped.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - ELLIPSIS.length);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  const lastAmp = text.lastIndexOf("&", end - 1);
  const entity = lastAmp === -1 ? null : /^&(?:amp|lt|gt);/.exec(text.slice(lastAmp, lastAmp + 5));
  if (entity && lastAmp + entity[0].length > end) end = lastAmp;
  return `${text.slice(0, end)}${ELLIPSIS}`;
}

/** A mrkdwn section; `text` must already be escaped. */
export function section(text: string): KnownBlock {
  return {
    type: "section",
    text: { type: "mrkdwn", text: truncateText(text, BLOCK_LIMITS.sectionText) },
  };
}

/** A context block of mrkdwn lines (already escaped), at most Slack's 10 elements. */
export function context(lines: string[]): KnownBlock {
  return {
    type: "context",
    elements: lines.slice(0, BLOCK_LIMITS.contextElements).map((line) => ({
      type: "mrkdwn" as const,
      text: truncateText(line, BLOCK_LIMITS.sectionText),
    })),
  };
}

/**
 * Packs lines (already escaped) into as few sections as fit the section limit, so a long list
 * (facts, quotes) becomes several blocks rather than one that Slack would reject.
 */
export function packSections(lines: string[]): KnownBlock[] {
  const sections: string[] = [];
  let current = "";
  for (const raw of lines) {
    const line = truncateText(raw, BLOCK_LIMITS.sectionText);
    const joined = current === "" ? line : `${current}\n${line}`;
    if (joined.length <= BLOCK_LIMITS.sectionText) {
      current = joined;
    } else {
      sections.push(current);
      current = line;
    }
  }
  if (current !== "") sections.push(current);
  return sections.map(section);
}

/** A button's label: plain text (Slack shows it literally), cut to the label limit. */
export function buttonLabel(text: string): string {
  return truncateText(text, BLOCK_LIMITS.buttonText);
}

/** A button's value: what the click sends back, cut to the value limit. */
export function actionValue(value: string): string {
  return truncateText(value, BLOCK_LIMITS.actionValue);
}

/**
 * Keeps a message within the block limit: when there are too many blocks, keeps the first ones
 * and the trailing actions block (the buttons matter more than the last lines of a list),
 * with a note saying the list was cut.
 */
export function capBlocks(blocks: KnownBlock[]): KnownBlock[] {
  if (blocks.length <= BLOCK_LIMITS.blocks) return blocks;
  const last = blocks[blocks.length - 1];
  const keepActions = last?.type === "actions";
  const room = BLOCK_LIMITS.blocks - 1 - (keepActions ? 1 : 0);
  const kept = blocks.slice(0, room);
  const note = context([`…and more; the list was cut to fit one Slack message.`]);
  return keepActions && last ? [...kept, note, last] : [...kept, note];
}

/** The notification / fallback text of a message (already escaped). */
export function fallbackText(text: string): string {
  return truncateText(text, BLOCK_LIMITS.fallbackText);
}
