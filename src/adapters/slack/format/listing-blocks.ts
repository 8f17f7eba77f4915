import type { types } from "@slack/bolt";
import type { About, ArticleSummary, FactEntry, QuoteListing } from "../../../core/index.js";
import { type ArticleMatch, articleNotice } from "../../shared/find-article.js";
import { MAX_QUESTION_CHARS } from "../ask-request.js";
import { shareActions } from "./answer-blocks.js";
import { capBlocks, context, fallbackText, packSections, section } from "./block-limits.js";
import { escapeText } from "./escape.js";
import type { SlackReply } from "./slack-reply.js";

type KnownBlock = types.KnownBlock;

/** Options shared by the list replies: a share button and a trusted footer line. */
export interface ListingOptions {
  shareValue?: string;
  footer?: string;
}

/** `/ask facts`: each fact's answer in bold, its statement and paragraph, in article order. */
export function factsReply(facts: FactEntry[], options: ListingOptions = {}): SlackReply {
  if (facts.length === 0) return plainReply("No key facts are recorded for the article yet.");
  const lines = facts.map(
    (f) => `• *${escapeText(f.answer)}*: ${escapeText(f.statement)} _(paragraph ${f.paragraph})_`,
  );
  return listReply("*Key facts*", lines, `${facts.length} key facts`, options);
}

/** `/ask quote [speaker]`: quotes grouped by speaker, or the engine's "no quotes from X" message. */
export function quotesReply(listing: QuoteListing, options: ListingOptions = {}): SlackReply {
  const groups = listing.groups.filter((g) => g.quotes.length > 0);
  if (!listing.found || groups.length === 0) {
    return plainReply(listing.message.trim() || "No quotes found in the article.");
  }
  const lines: string[] = [];
  for (const group of groups) {
    const role = group.role ? `, ${escapeText(group.role)}` : "";
    lines.push(`*${escapeText(group.speaker)}*${role}`);
    for (const q of group.quotes) {
      // Reported speech reads as "urged South Korea to…", so the verb leads it.
      const text = q.mode === "direct" ? `“${escapeText(q.text)}”` : reported(q.verb, q.text);
      lines.push(`> ${text} _(paragraph ${q.paragraph})_`);
    }
  }
  const summary = listing.message.trim() || "Quotes from the article";
  return listReply(`*${escapeText(summary)}*`, lines, summary, options);
}

/** `/ask about`: which articles the bot knows, and how to ask. */
export function aboutReply(about: About, options: ListingOptions = {}): SlackReply {
  const lines: string[] = [];
  const several = about.articles.length > 1;
  for (const a of about.articles) {
    const published = a.published ? ` · ${a.published}` : "";
    lines.push(
      several ? `*${escapeText(a.title)}* · \`${escapeText(a.id)}\`` : `*${escapeText(a.title)}*`,
    );
    lines.push(`${escapeText(a.source)}${escapeText(published)}`);
    if (a.titleNote) lines.push(`_${escapeText(a.titleNote)}_`);
    lines.push(`${a.paragraphs} paragraphs · ${a.facts} facts · ${a.quotes} quotes`);
  }
  lines.push("", escapeText(about.howToAsk));
  if (about.articles.length > 1) lines.push(PICK_ONE);
  lines.push(...exampleLines(about.examples));
  const count = about.articles.length;
  const heading =
    count === 1 ? "*I answer questions about this article:*" : `*I know ${count} articles:*`;
  return listReply(heading, lines, "About this bot", options);
}

/** How to scope a question to one article, in the /ask help and the listings. */
const PICK_ONE = escapeText(
  "To ask about one article only, start with `in:` and its id (or the start of its title): `/ask in:<id> <question>`. Works with `quote` and `facts` too.",
);

/**
 * An `in:` reference that fits no single article: what went wrong and the articles to pick from.
 */
export function articleNoticeReply(
  typed: string,
  match: Exclude<ArticleMatch, { kind: "found" }>,
  articles: readonly ArticleSummary[],
): SlackReply {
  const { summary, choices } = articleNotice(typed, match, articles);
  const lines = choices.map((a) => `• *${escapeText(a.title)}* · \`${escapeText(a.id)}\``);
  lines.push(PICK_ONE);
  return listReply(escapeText(summary), lines, summary, {});
}

/** `/ask help`: the commands, how to ask, and example questions. */
export function helpReply(about: About): SlackReply {
  const lines = [...usageLines(), "", escapeText(about.howToAsk), ...exampleLines(about.examples)];
  return listReply("*How to use /ask*", lines, "How to use /ask", {});
}

/** `/ask` with nothing after it. */
export function usageReply(): SlackReply {
  return listReply("*Ask me about the article.*", usageLines(), "Usage: /ask <question>", {});
}

/** A question longer than the bot accepts. */
export function tooLongReply(length: number): SlackReply {
  return plainReply(
    `That question is ${length} characters long; please keep it under ${MAX_QUESTION_CHARS} characters.`,
  );
}

/** A short notice in one section; `text` is escaped here. */
export function plainReply(text: string): SlackReply {
  const escaped = escapeText(text);
  return { text: fallbackText(escaped), blocks: [section(escaped)] };
}

function reported(verb: string | undefined, text: string): string {
  return verb ? `_${escapeText(verb)}_ ${escapeText(text)}` : escapeText(text);
}

/** Escaped here: `<question>` would otherwise be read by Slack as a link. */
function usageLines(): string[] {
  const lines = [
    "`/ask <question>`: ask about the article",
    "`/ask quote [speaker]`: what people said, everyone or one speaker",
    "`/ask facts`: key facts and figures",
    "`/ask about`: which articles I know",
    "`/ask in:<article> <question>`: ask about one article only (its id, or the start of its title)",
    "`/ask help`: this help",
    "`/ask ingest <web address>`: add a news article (for the people the operator allows)",
    "You can also mention me in a channel (I answer in a thread) or send me a direct message, with the same words and no `/ask`.",
  ];
  return lines.map(escapeText);
}

function exampleLines(examples: string[]): string[] {
  const shown = examples.filter((e) => e.trim() !== "").slice(0, 5);
  if (shown.length === 0) return [];
  return ["*For example:*", ...shown.map((e) => `• ${escapeText(e)}`)];
}

function listReply(
  heading: string,
  lines: string[],
  fallback: string,
  options: ListingOptions,
): SlackReply {
  const blocks: KnownBlock[] = [section(heading), ...packSections(lines)];
  if (options.footer) blocks.push(context([options.footer]));
  if (options.shareValue !== undefined) blocks.push(shareActions(options.shareValue));
  return { text: fallbackText(escapeText(fallback)), blocks: capBlocks(blocks) };
}
