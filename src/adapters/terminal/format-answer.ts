import type { Answer, Source } from "../../core/index.js";
import { PLAIN, type Style } from "./style.js";

/** "(paragraph 4, <title>)": where a sentence stands in its article, with its web address if any. */
export function formatCitation(source: Pick<Source, "paragraph" | "title" | "url">): string {
  return `(paragraph ${source.paragraph}, ${source.title}${source.url ? `, ${source.url}` : ""})`;
}

/**
 * Plain text for one Answer, shared by the terminal chat and `npm run ask`:
 * the short answer, then each supporting sentence in quotes with its paragraph and article,
 * or on abstention the questions the bot can answer.
 *
 * @example
 * formatAnswer(answer)
 * // Over 9,000
 * // "A press release issued by the ministry said …" (paragraph 4, Cambodia urges …)
 */
export function formatAnswer(answer: Answer, style: Style = PLAIN): string {
  const lead = (answer.short || answer.answer).trim();
  if (!answer.answered) {
    const lines = [lead];
    if (answer.suggestions.length > 0) {
      lines.push("Try asking:");
      for (const suggestion of answer.suggestions) lines.push(`  - ${style.cyan(suggestion)}`);
    }
    return lines.join("\n");
  }

  // A quote answer often carries the quoted words in its short form: cite them there, don't repeat them.
  const [inLead, others] = partition(
    answer.sources,
    (s) => s.inShort === true || lead.includes(s.text),
  );
  const leadCitations = inLead.map((s) => ` ${style.dim(formatCitation(s))}`).join("");
  const lines = [`${style.bold(lead)}${leadCitations}`];
  for (const source of others) {
    // Several speakers' words: each is named, unless the sentence already says who spoke.
    const who =
      source.speaker && !source.text.includes(source.speaker.split(" ").at(-1) ?? "")
        ? `${source.speaker}: `
        : "";
    lines.push(`${who}"${source.text}" ${style.dim(formatCitation(source))}`);
  }
  return lines.join("\n");
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}
