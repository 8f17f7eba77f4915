import type { Report, Tally } from "./build-report.js";

const percent = (rate: number): string => `${(rate * 100).toFixed(1)} %`;
const tallyLine = (t: Tally): string =>
  `${t.answered}/${t.questions} answered (${percent(t.answerRate)}), 👍 ${t.up}, 👎 ${t.down}`;

/** The report as plain text for a terminal: totals, then each table, longest lists cut at `limit`. */
export function formatReportText(report: Report, limit = 20): string {
  const lines: string[] = [];
  lines.push(
    `Question log report, ${report.generatedAt}${report.since ? ` (since ${report.since})` : ""}`,
  );
  lines.push(`All questions: ${tallyLine(report.totals)}`);
  if (report.totals.questions === 0 && report.totals.up + report.totals.down === 0) {
    lines.push("", "Nothing has been logged yet.");
    return lines.join("\n");
  }

  lines.push("", `Unanswered questions (${report.unanswered.length} kinds, most asked first):`);
  for (const g of report.unanswered.slice(0, limit)) {
    lines.push(`  ${String(g.count).padStart(4)}  ${g.question}`);
    for (const v of g.variants.slice(1, 4))
      lines.push(`          also: ${v.question} (${v.count})`);
  }
  if (report.unanswered.length === 0) lines.push("  none");

  lines.push("", "Answers marked 👎:");
  for (const d of report.disliked.slice(0, limit)) {
    lines.push(`  👎 ${d.down}  👍 ${d.up}  ${d.answer}  [${d.refs.join(", ")}]`);
    for (const q of d.questions.slice(0, 3))
      lines.push(`          asked: ${q.question} (${q.count})`);
  }
  if (report.disliked.length === 0) lines.push("  none");

  lines.push("", "Per day:");
  for (const d of report.byDay) lines.push(`  ${d.day}  ${tallyLine(d)}`);
  lines.push("", "Per article:");
  for (const a of report.byArticle) lines.push(`  ${a.article}: ${tallyLine(a)}`);
  return lines.join("\n");
}
