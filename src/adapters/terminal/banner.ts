import type { About } from "../../core/index.js";
import type { Style } from "./style.js";

/** What the chat prints first: which article(s) it knows and how to ask. */
export function formatBanner(about: About, style: Style): string {
  const lines: string[] = [];
  const [only] = about.articles;
  if (about.articles.length === 1 && only) {
    lines.push(`Ask me about "${style.bold(only.title)}" (${only.source}).`);
  } else {
    lines.push(`Ask me about ${about.articles.length} articles:`);
    for (const a of about.articles) lines.push(`  - ${style.bold(a.title)} (${a.source})`);
  }
  lines.push(about.howToAsk);
  const example = about.examples[0];
  if (example) lines.push(`For example: ${style.cyan(example)}`);
  const article = about.articles.length > 1 ? " /article [id]," : "";
  lines.push(
    style.dim(
      `Commands: /quote [speaker], /facts,${article} /about, /help, /quit (or Ctrl-D) to leave.`,
    ),
  );
  return lines.join("\n");
}
