import type { About, FactEntry, QuoteEntry, QuoteListing } from "../../core/index.js";
import { formatCitation } from "./format-answer.js";
import { PLAIN, type Style } from "./style.js";

/** Quotes grouped by speaker; direct quotes in quotation marks, reported ones after their verb. */
export function formatQuotes(listing: QuoteListing, style: Style = PLAIN): string {
  if (!listing.found || listing.groups.length === 0) {
    return listing.message.trim() || "The article has no quotes.";
  }
  const cite = citer(listing.groups.flatMap((g) => g.quotes));
  const lines: string[] = [];
  for (const group of listing.groups) {
    const role = group.role ? style.dim(` (${group.role})`) : "";
    lines.push(`${style.bold(group.speaker)}${role}`);
    for (const quote of group.quotes) {
      const words =
        quote.mode === "direct" ? `"${quote.text}"` : `${quote.verb ?? "said"}: ${quote.text}`;
      lines.push(`  - ${words} ${style.dim(cite(quote))}`);
    }
  }
  return lines.join("\n");
}

/** A listing from one article cites paragraphs only; its title would repeat on every line. */
function citer(items: Pick<QuoteEntry, "article" | "paragraph" | "title">[]) {
  const articles = new Set(items.map((i) => i.article));
  return (item: Pick<QuoteEntry, "paragraph" | "title">): string =>
    articles.size > 1 ? formatCitation(item) : `(paragraph ${item.paragraph})`;
}

/** Key facts in article order, each with its paragraph. */
export function formatFacts(facts: FactEntry[], style: Style = PLAIN): string {
  if (facts.length === 0) return "No facts are loaded yet.";
  const cite = citer(facts);
  const lines = [`Key facts (${facts.length}):`];
  for (const fact of facts) {
    lines.push(`  - ${style.bold(fact.answer)}: ${fact.statement} ${style.dim(cite(fact))}`);
  }
  return lines.join("\n");
}

/** What the bot knows: each article with its source and size, then how to ask. */
export function formatAbout(about: About, style: Style = PLAIN): string {
  const count = about.articles.length;
  const lines = [`I know ${count} article${count === 1 ? "" : "s"}:`];
  for (const a of about.articles) {
    const published = a.published ? `, ${a.published}` : "";
    lines.push(`  - ${style.bold(a.title)} [${a.id}]`);
    lines.push(
      `    ${a.source}${published}; ${a.paragraphs} paragraphs, ${a.facts} facts, ${a.quotes} quotes`,
    );
    if (a.titleNote) lines.push(`    ${style.dim(a.titleNote)}`);
  }
  lines.push(about.howToAsk);
  if (about.examples.length > 0) {
    lines.push("For example:");
    for (const example of about.examples) lines.push(`  - ${style.cyan(example)}`);
  }
  return lines.join("\n");
}
