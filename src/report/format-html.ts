import type { Report, Tally } from "./build-report.js";

/** Text for HTML: every character that could open markup escaped. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

const percent = (rate: number): string => `${(rate * 100).toFixed(1)} %`;

const CHART = Object.freeze({ width: 720, height: 240, left: 48, right: 16, top: 16, bottom: 40 });

/**
 * The answer rate per day as an inline SVG line chart: one point per day, the y axis from 0 to
 * 100 %, a label under the first, middle and last day. No script, no external file.
 */
export function answerRateChart(byDay: Report["byDay"]): string {
  const { width, height, left, right, top, bottom } = CHART;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const x = (i: number) =>
    left + (byDay.length <= 1 ? plotW / 2 : (i * plotW) / (byDay.length - 1));
  const y = (rate: number) => top + plotH * (1 - rate);
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (r) =>
        `<line x1="${left}" x2="${width - right}" y1="${y(r)}" y2="${y(r)}" class="grid"/>` +
        `<text x="${left - 6}" y="${y(r) + 4}" text-anchor="end">${r * 100}%</text>`,
    )
    .join("");
  const points = byDay.map((d, i) => `${x(i).toFixed(1)},${y(d.answerRate).toFixed(1)}`).join(" ");
  const dots = byDay
    .map(
      (d, i) =>
        `<circle cx="${x(i).toFixed(1)}" cy="${y(d.answerRate).toFixed(1)}" r="3"><title>${escapeHtml(d.day)}: ${percent(d.answerRate)} of ${d.questions}</title></circle>`,
    )
    .join("");
  const labelled = new Set([0, Math.floor((byDay.length - 1) / 2), byDay.length - 1]);
  const labels = byDay
    .map((d, i) =>
      labelled.has(i)
        ? `<text x="${x(i).toFixed(1)}" y="${height - bottom + 18}" text-anchor="middle">${escapeHtml(d.day)}</text>`
        : "",
    )
    .join("");
  const line = byDay.length > 1 ? `<polyline points="${points}" class="line"/>` : "";
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Answer rate per day">${grid}${line}${dots}${labels}</svg>`;
}

function table(head: string[], rows: string[][]): string {
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join("");
  const body = rows
    .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`)
    .join("");
  return `<table><thead><tr>${th}</tr></thead><tbody>${body || `<tr><td colspan="${head.length}">none</td></tr>`}</tbody></table>`;
}

const tallyCells = (t: Tally) => [
  String(t.questions),
  String(t.answered),
  percent(t.answerRate),
  String(t.up),
  String(t.down),
];

/** One static page: totals, the answer-rate chart and every table. Self-contained: no network. */
export function formatReportHtml(report: Report): string {
  const unanswered = report.unanswered.map((g) => [
    String(g.count),
    g.question,
    g.variants
      .slice(1)
      .map((v) => `${v.question} (${v.count})`)
      .join("; "),
    g.lastAsked.slice(0, 10),
  ]);
  const disliked = report.disliked.map((d) => [
    String(d.down),
    String(d.up),
    d.answer,
    d.questions.map((q) => `${q.question} (${q.count})`).join("; "),
    d.refs.join(", "),
  ]);
  const tallyHead = ["Questions", "Answered", "Answer rate", "👍", "👎"];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Question log report</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1d2330}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border-bottom:1px solid #d8dde6;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f4f8}
svg text{font-size:11px;fill:#4a5466}svg .grid{stroke:#e3e7ee}svg .line{fill:none;stroke:#2e7d32;stroke-width:2}
svg circle{fill:#2e7d32}
.totals{font-size:1.05rem}
</style>
</head>
<body>
<h1>Question log report</h1>
<p>Generated ${escapeHtml(report.generatedAt)}${report.since ? `, questions since ${escapeHtml(report.since)}` : ""}.</p>
<p class="totals">${report.totals.answered} of ${report.totals.questions} questions answered (${percent(report.totals.answerRate)}); 👍 ${report.totals.up}, 👎 ${report.totals.down}.</p>
<h2>Answer rate per day</h2>
${report.byDay.length > 0 ? answerRateChart(report.byDay) : "<p>No questions yet.</p>"}
<h2>Unanswered questions, most asked first</h2>
${table(["Times", "Question", "Also asked as", "Last asked"], unanswered)}
<h2>Answers marked 👎</h2>
${table(["👎", "👍", "Answer", "Asked as", "Cited"], disliked)}
<h2>Per day</h2>
${table(
  ["Day", ...tallyHead],
  report.byDay.map((d) => [d.day, ...tallyCells(d)]),
)}
<h2>Per article</h2>
${table(
  ["Article", ...tallyHead],
  report.byArticle.map((a) => [a.article, ...tallyCells(a)]),
)}
</body>
</html>
`;
}
