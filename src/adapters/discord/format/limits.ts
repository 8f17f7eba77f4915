import type { APIEmbed, APIEmbedField } from "discord.js";

/** Discord's size limits for what the bot sends (characters, counted conservatively in UTF-16 units). */
export const DISCORD_LIMITS = Object.freeze({
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fieldsPerEmbed: 25,
  footerText: 2048,
  authorName: 256,
  /** Sum of title, description, field names and values, footer and author name, over all embeds. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  buttonLabel: 80,
  customId: 100,
  choiceName: 100,
  choiceValue: 100,
  choices: 25,
});

export const ELLIPSIS = "…";

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Cuts `text` to at most `max` UTF-16 units without splitting a character
 * (surrogate pairs, emoji sequences, combining marks).
 */
export function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  let kept = 0;
  // Only the head can survive the cut, so segment a little more than `max`, never the whole text.
  for (const { segment } of graphemes.segment(text.slice(0, max + 8))) {
    if (kept + segment.length > max) break;
    kept += segment.length;
  }
  return text.slice(0, kept);
}

/**
 * Shortens `text` to at most `max` UTF-16 units, ending with an ellipsis when it was cut.
 * @example truncate("Over 9,000 Cambodians", 10) // "Over 9,00…"
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  if (max === 1) return ELLIPSIS;
  return `${cutAt(text, max - ELLIPSIS.length).trimEnd()}${ELLIPSIS}`;
}

/**
 * Joins lines with `separator` within `max` units, keeping whole lines and ending with
 * `more(n)` when n lines had to be left out.
 */
export function joinLinesWithin(
  lines: readonly string[],
  max: number,
  more: (omitted: number) => string = (n) => `${ELLIPSIS} and ${n} more`,
  separator = "\n",
): string {
  const all = lines.join(separator);
  if (all.length <= max) return all;
  const kept: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const tail = `${separator}${more(lines.length - i - 1)}`;
    const cost = (kept.length > 0 ? separator.length : 0) + line.length;
    const needsTail = i < lines.length - 1;
    if (used + cost + (needsTail ? tail.length : 0) > max) break;
    kept.push(line);
    used += cost;
  }
  if (kept.length === 0) return truncate(lines[0] ?? "", max);
  const omitted = lines.length - kept.length;
  return truncate(`${kept.join(separator)}${separator}${more(omitted)}`, max);
}

/**
 * Splits lines into pages of at most `max` units each (joined with `separator`), keeping
 * lines whole; a single line longer than a page is truncated.
 */
export function paginateLines(lines: readonly string[], max: number, separator = "\n"): string[] {
  const pages: string[] = [];
  let page = "";
  for (const raw of lines) {
    const line = truncate(raw, max);
    if (page && page.length + separator.length + line.length > max) {
      pages.push(page);
      page = "";
    }
    page = page ? `${page}${separator}${line}` : line;
  }
  if (page) pages.push(page);
  return pages;
}

/** Characters an embed counts towards Discord's 6000 total. */
export function embedLength(embed: APIEmbed): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  total += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  return total;
}

/** Truncates every part of one embed to its own limit (not the 6000 total). */
export function clampEmbed(embed: APIEmbed): APIEmbed {
  const clamped: APIEmbed = { ...embed };
  if (embed.title !== undefined) clamped.title = truncate(embed.title, DISCORD_LIMITS.embedTitle);
  if (embed.description !== undefined) {
    clamped.description = truncate(embed.description, DISCORD_LIMITS.embedDescription);
  }
  if (embed.footer) {
    clamped.footer = {
      ...embed.footer,
      text: truncate(embed.footer.text, DISCORD_LIMITS.footerText),
    };
  }
  if (embed.author) {
    clamped.author = {
      ...embed.author,
      name: truncate(embed.author.name, DISCORD_LIMITS.authorName),
    };
  }
  if (embed.fields) {
    clamped.fields = embed.fields.slice(0, DISCORD_LIMITS.fieldsPerEmbed).map(clampField);
  }
  return clamped;
}

function clampField(field: APIEmbedField): APIEmbedField {
  return {
    ...field,
    name: truncate(field.name, DISCORD_LIMITS.fieldName) || "\u200b",
    value: truncate(field.value, DISCORD_LIMITS.fieldValue) || "\u200b",
  };
}

/**
 * Fits one embed into `budget` characters, giving up the least useful parts first: a long
 * footer, then the description, then fields from the end, then the title.
 */
function shrinkEmbed(embed: APIEmbed, budget: number): APIEmbed {
  const shrunk: APIEmbed = { ...embed };
  const over = () => embedLength(shrunk) - budget;
  const shorten = (text: string, floor = 0) =>
    truncate(text, Math.max(floor, text.length - over()));
  if (over() > 0 && shrunk.footer) {
    shrunk.footer = { ...shrunk.footer, text: shorten(shrunk.footer.text, 200) };
  }
  if (over() > 0 && shrunk.description) shrunk.description = shorten(shrunk.description);
  if (!shrunk.description) delete shrunk.description;
  const fields = [...(shrunk.fields ?? [])];
  while (over() > 0 && fields.length > 0) {
    fields.pop();
    shrunk.fields = [...fields];
  }
  if (shrunk.fields?.length === 0) delete shrunk.fields;
  if (over() > 0 && shrunk.footer) {
    const text = shorten(shrunk.footer.text);
    if (text) shrunk.footer = { ...shrunk.footer, text };
    else delete shrunk.footer;
  }
  if (over() > 0 && shrunk.title) shrunk.title = shorten(shrunk.title);
  return shrunk;
}

export interface FittedEmbeds {
  embeds: APIEmbed[];
  /** How many embeds did not fit at all. */
  omitted: number;
}

/** Below this many characters a shrunk embed reads as noise, so it is left out instead. */
const MIN_USEFUL_EMBED = 120;

/**
 * Makes a message's embeds valid: each part within its limit, at most 10 embeds and
 * at most 6000 characters over all of them.
 */
export function fitEmbeds(embeds: readonly APIEmbed[]): FittedEmbeds {
  const fitted: APIEmbed[] = [];
  let used = 0;
  for (const embed of embeds.slice(0, DISCORD_LIMITS.embedsPerMessage)) {
    const clamped = clampEmbed(embed);
    const left = DISCORD_LIMITS.embedTotal - used;
    const size = embedLength(clamped);
    if (size <= left) {
      fitted.push(clamped);
      used += size;
      continue;
    }
    if (fitted.length === 0 || left >= MIN_USEFUL_EMBED) {
      const shrunk = shrinkEmbed(clamped, left);
      fitted.push(shrunk);
      used += embedLength(shrunk);
    }
    break;
  }
  return { embeds: fitted, omitted: embeds.length - fitted.length };
}
