import type { EvalQuestion } from "./eval-file.js";
import type { IngestedComparison } from "./ingested-alone.js";
import {
  type EvalResult,
  type EvalSummary,
  FLOORS,
  floorFailures,
  percent,
  TARGETS,
  type Tally,
} from "./score.js";
import type { PageComparison, WebExtractionReport } from "./web-extraction.js";

function row(label: string, t: Tally, width: number): string {
  return `  ${label.padEnd(width)}  ${String(t.correct).padStart(4)}/${String(t.total).padEnd(4)}  ${percent(t.rate).padStart(7)}`;
}

/** One miss: the question, what was expected, what the bot said. */
export function formatMiss({ item, answer }: EvalResult): string {
  const scope = item.article ? ` (article ${item.article})` : "";
  const expected = item.expect.length > 0 ? item.expect.join(" | ") : "an abstention";
  const said = answer.answered
    ? `answered ${JSON.stringify(answer.short)} refs [${answer.refs.join(", ")}]`
    : `abstained: ${JSON.stringify(answer.short)}`;
  return [
    `  line ${item.line} [${item.type}] ${JSON.stringify(item.question)}${scope}`,
    `    expected: ${expected}`,
    `    got:      ${said} (confidence ${answer.confidence.toFixed(2)})`,
  ].join("\n");
}

export function formatMisses(misses: readonly EvalResult[]): string {
  if (misses.length === 0) return "No misses.";
  return [`Misses (${misses.length}):`, ...misses.map(formatMiss)].join("\n");
}

/** The human-readable report of `npm run eval`. */
export function formatReport(
  summary: EvalSummary,
  unknownIds: readonly { item: EvalQuestion; id: string }[] = [],
): string {
  const labels = [...Object.keys(summary.byType), "answerable", "unanswerable", "overall"];
  const width = Math.max(...labels.map((l) => l.length));
  const lines = ["Accuracy by type:"];
  for (const [type, t] of Object.entries(summary.byType)) lines.push(row(type, t, width));
  lines.push("");
  lines.push(
    `${row("answerable", summary.answerable, width)}   floor ${percent(FLOORS.answerable)}, target ${percent(TARGETS.answerable)}`,
  );
  lines.push(
    `${row("unanswerable", summary.unanswerable, width)}   floor ${percent(FLOORS.unanswerable)}, target ${percent(TARGETS.unanswerable)}`,
  );
  lines.push(row("overall", summary.overall, width));
  lines.push("");
  lines.push(formatMisses(summary.misses));
  if (unknownIds.length > 0) {
    lines.push("");
    lines.push("Expected ids that match no fact or quote (fix the eval file):");
    for (const { item, id } of unknownIds) lines.push(`  line ${item.line}: ${id}`);
  }
  const failures = floorFailures(summary);
  lines.push("");
  lines.push(
    failures.length === 0
      ? "Floors met."
      : `Below the floors:\n${failures.map((f) => `  - ${f}`).join("\n")}`,
  );
  return lines.join("\n");
}

/** Curated knowledge next to ingestion alone, both scored by the passage each answer cites. */
export function formatIngestedComparison(c: IngestedComparison): string {
  const cell = (t: Tally): string =>
    `${String(t.correct).padStart(4)}/${String(t.total).padEnd(4)} ${percent(t.rate).padStart(7)}`;
  return [
    `From ingestion alone (${c.articles.join(", ")} re-ingested from its text, as \`npm run ingest\``,
    "would; ingested facts have their own ids, so both columns count an answer right when it cites",
    "the sentence of an expected fact or quote):",
    `  ${"".padEnd(12)}  ${"curated".padEnd(17)}  ingested alone`,
    `  ${"answerable".padEnd(12)}  ${cell(c.curated.answerable)}  ${cell(c.ingested.answerable)}`,
    `  ${"unanswerable".padEnd(12)}  ${cell(c.curated.unanswerable)}  ${cell(c.ingested.unanswerable)}`,
  ].join("\n");
}

/** Fixture web pages: answers on the extracted article beside the same article from clean text. */
export function formatWebExtraction(report: WebExtractionReport): string {
  const cell = (t: Tally): string => `${t.correct}/${t.total}`.padStart(7);
  const width = Math.max(
    ...report.pages.map((p) => p.name.length),
    ...report.refused.map((r) => r.name.length),
    4,
  );
  const lines = [
    "Web pages: the article extracted from each fixture page beside the same article ingested from",
    "clean text, asked the page's questions and scored by the passage each answer cites:",
    `  ${"page".padEnd(width)}  paragraphs (clean/extracted)   answerable clean/extracted   unanswerable clean/extracted`,
  ];
  for (const p of report.pages) {
    const paragraphs = `${p.paragraphs.clean}/${p.paragraphs.extracted}`.padStart(7);
    lines.push(
      `  ${p.name.padEnd(width)}  ${paragraphs.padEnd(28)}   ${cell(p.clean.answerable)} ${cell(p.extracted.answerable)}${"".padEnd(13)}   ${cell(p.clean.unanswerable)} ${cell(p.extracted.unanswerable)}`,
    );
    for (const text of p.paragraphs.missing)
      lines.push(`      missing paragraph: ${JSON.stringify(text)}`);
    for (const text of p.paragraphs.extra)
      lines.push(`      extra paragraph: ${JSON.stringify(text)}`);
    for (const m of p.metadataMismatches) lines.push(`      metadata ${m}`);
  }
  for (const r of report.refused) {
    lines.push(
      `  ${r.name.padEnd(width)}  ${r.refused ? `refused as it should be: ${r.reason}` : "NOT refused, but it is not an article"}`,
    );
  }
  const sum = (pick: (p: PageComparison) => Tally) =>
    report.pages.reduce(
      (t, p) => ({ correct: t.correct + pick(p).correct, total: t.total + pick(p).total }),
      {
        correct: 0,
        total: 0,
      },
    );
  const total = (t: { correct: number; total: number }) => `${t.correct}/${t.total}`;
  lines.push(
    `  all pages: answerable ${total(sum((p) => p.clean.answerable))} clean, ${total(sum((p) => p.extracted.answerable))} extracted; unanswerable ${total(sum((p) => p.clean.unanswerable))} clean, ${total(sum((p) => p.extracted.unanswerable))} extracted`,
  );
  lines.push(
    report.ok
      ? "Extraction loses no answer and no paragraph, and adds none."
      : "Extraction LOSES answers or paragraphs, or adds some (see above).",
  );
  return lines.join("\n");
}
