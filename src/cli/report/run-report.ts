import { writeFileSync } from "node:fs";
import { ConfigError, loadConfig } from "../../config/load-config.js";
import { createEngine } from "../../core/index.js";
import { KnowledgeError, loadCorpus } from "../../data/load-knowledge.js";
import { writeCuratedPhrasing } from "../../data/write-curated-phrasing.js";
import { describeTarget, logTarget, openDatabase } from "../../log/open-database.js";
import { readLog } from "../../log/read-log.js";
import { buildReport } from "../../report/build-report.js";
import { formatReportHtml } from "../../report/format-html.js";
import { formatReportText } from "../../report/format-text.js";
import { type PhrasingSuggestion, suggestPhrasings } from "../../report/suggest-phrasings.js";
import { type CliIo, writeLine } from "../shared/cli-io.js";
import { resolveDataDir } from "../shared/data-dir.js";
import { EXIT } from "../shared/exit-codes.js";
import { parseCliArgs } from "../shared/parse-cli-args.js";

export const REPORT_USAGE = `Usage: npm run report [-- options]

Reads the question log (DATABASE_URL, else DB_PATH, default var/bot.db) and prints what users
asked: the answer rate, unanswered questions grouped when they ask the same thing (most asked
first), answers marked 👎 with the questions that got them, and both per day and per article.

Options:
  --json         the report as one JSON object
  --html FILE    also write one static HTML page (a chart of the answer rate per day and the
                 tables; no script, nothing fetched)
  --days N       only the last N days
  --suggest      for the most-asked unanswered questions that lie close to an existing fact,
                 propose the question as a new phrasing of that fact
  --apply        with --suggest: write the proposals as curated corrections
                 (data/<article>/curated/facts.json); without it nothing is written
  --data DIR     knowledge directory for --suggest (default: $KB_DIR or ./data)
  -h, --help     show this help`;

const OPTIONS = {
  json: { type: "boolean" },
  html: { type: "string" },
  days: { type: "string" },
  suggest: { type: "boolean" },
  apply: { type: "boolean" },
  data: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const DAY_MS = 24 * 60 * 60_000;

/** `npm run report`: returns the exit code. */
export async function runReport(argv: string[], io: CliIo, now = new Date()): Promise<number> {
  const parsed = parseCliArgs(argv, OPTIONS);
  const usage = async (problem: string) => {
    await writeLine(io.stderr, `${problem}\n\n${REPORT_USAGE}`);
    return EXIT.usage;
  };
  if (!parsed.ok) return usage(parsed.error);
  if (parsed.positionals.length > 0) return usage(`Unexpected argument: ${parsed.positionals[0]}`);
  const { values } = parsed;
  if (values.help) {
    await writeLine(io.stdout, REPORT_USAGE);
    return EXIT.ok;
  }
  let since: string | undefined;
  if (values.days !== undefined) {
    const days = Number(values.days);
    if (!Number.isInteger(days) || days < 1) {
      return usage("--days needs a whole number of days, 1 or more.");
    }
    since = new Date(now.getTime() - days * DAY_MS).toISOString().slice(0, 10);
  }
  if (values.html === "") return usage("--html needs a file name.");
  if (values.apply && !values.suggest)
    return usage("--apply writes what --suggest proposes: give both.");

  let settings: { databaseUrl?: string; dbPath?: string };
  try {
    settings = loadConfig(io.env).questionLog;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    await writeLine(io.stderr, error.message);
    return EXIT.failure;
  }
  const target = logTarget(settings);
  let report: ReturnType<typeof buildReport>;
  try {
    const opened = await openDatabase(target);
    try {
      report = buildReport(await readLog(opened.db, since), now, since);
    } finally {
      await opened.close();
    }
  } catch (error) {
    await writeLine(
      io.stderr,
      `Cannot read the question log at ${describeTarget(target)}: ${(error as Error).message}`,
    );
    return EXIT.failure;
  }

  let suggestions: PhrasingSuggestion[] | undefined;
  let written: string[] = [];
  if (values.suggest) {
    const dataDir = resolveDataDir(values.data, io.env);
    try {
      const corpus = loadCorpus(dataDir);
      suggestions = suggestPhrasings(report.unanswered, createEngine(corpus), corpus);
      if (values.apply) {
        written = [...new Set(suggestions.map((s) => writeCuratedPhrasing(dataDir, corpus, s)))];
      }
    } catch (error) {
      if (!(error instanceof KnowledgeError)) throw error;
      await writeLine(io.stderr, error.message);
      return EXIT.failure;
    }
  }

  if (values.html) {
    try {
      writeFileSync(values.html, formatReportHtml(report));
    } catch (error) {
      await writeLine(io.stderr, `Cannot write ${values.html}: ${(error as Error).message}`);
      return EXIT.failure;
    }
  }
  if (values.json) {
    const out = suggestions ? { ...report, suggestions, written } : report;
    await writeLine(io.stdout, JSON.stringify(out, null, 2));
  } else {
    await writeLine(io.stdout, formatReportText(report));
    if (suggestions) await writeLine(io.stdout, `\n${formatSuggestions(suggestions, written)}`);
    if (values.html) await writeLine(io.stdout, `\nWrote ${values.html}`);
  }
  return EXIT.ok;
}

function formatSuggestions(
  suggestions: readonly PhrasingSuggestion[],
  written: readonly string[],
): string {
  if (suggestions.length === 0)
    return "No unanswered question lies close enough to a fact to suggest.";
  const lines = [
    "Suggested phrasings (an unanswered question as a new way to ask an existing fact):",
  ];
  for (const s of suggestions) {
    lines.push(
      `  ${JSON.stringify(s.question)} (asked ${s.asked}×) → ${s.article}/${s.factId}: ${s.answer}`,
      `      ${s.statement} (closeness ${s.closeness.toFixed(2)})`,
    );
  }
  lines.push(
    written.length > 0
      ? `Written: ${written.join(", ")}`
      : "Nothing written: run again with --apply to add them as curated corrections.",
  );
  return lines.join("\n");
}
