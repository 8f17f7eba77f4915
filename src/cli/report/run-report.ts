import { writeFileSync } from "node:fs";
import { ConfigError, loadConfig } from "../../config/load-config.js";
import { describeTarget, logTarget, openDatabase } from "../../log/open-database.js";
import { readLog } from "../../log/read-log.js";
import { buildReport } from "../../report/build-report.js";
import { formatReportHtml } from "../../report/format-html.js";
import { formatReportText } from "../../report/format-text.js";
import { type CliIo, writeLine } from "../shared/cli-io.js";
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
  -h, --help     show this help`;

const OPTIONS = {
  json: { type: "boolean" },
  html: { type: "string" },
  days: { type: "string" },
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

  if (values.html) {
    try {
      writeFileSync(values.html, formatReportHtml(report));
    } catch (error) {
      await writeLine(io.stderr, `Cannot write ${values.html}: ${(error as Error).message}`);
      return EXIT.failure;
    }
  }
  if (values.json) await writeLine(io.stdout, JSON.stringify(report, null, 2));
  else {
    await writeLine(io.stdout, formatReportText(report));
    if (values.html) await writeLine(io.stdout, `\nWrote ${values.html}`);
  }
  return EXIT.ok;
}
