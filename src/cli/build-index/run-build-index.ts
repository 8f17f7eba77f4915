import { type IndexFolderOutcome, indexArticleFolder } from "../../data/index-folder.js";
import { KnowledgeError } from "../../data/load-knowledge.js";
import { scanDataDir } from "../../data/scan-data-dir.js";
import { type CliIo, writeLine } from "../shared/cli-io.js";
import { resolveDataDir } from "../shared/data-dir.js";
import { EXIT } from "../shared/exit-codes.js";
import { parseCliArgs } from "../shared/parse-cli-args.js";

export const INDEX_USAGE = `Usage: npm run index [-- --data DIR] [--force]

Writes the stored index (index.json) of every article under DIR whose knowledge files changed
since it was indexed, or that has none: the bot then starts from it instead of validating and
analysing the article again. \`npm run ingest\` writes it for the articles it ingests; run this
after editing an article's files (or its curated/ folder) by hand, or after an upgrade that
changed the index format. Invalid articles are reported (file, entry and field) and left out.

Options:
  --data DIR   knowledge directory (default: $KB_DIR or ./data)
  --force      rewrite every article's index, up to date or not
  -h, --help   show this help`;

const OPTIONS = {
  data: { type: "string" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** What one run did, for the summary line and for tests. */
export interface IndexRunSummary {
  written: string[];
  upToDate: number;
  invalid: number;
  ms: number;
}

/** Runs `npm run index`; returns the exit code (0 ok, 1 an article is invalid, 2 bad usage). */
export async function runBuildIndex(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(argv, OPTIONS);
  if (!parsed.ok) {
    await writeLine(io.stderr, `${parsed.error}\n\n${INDEX_USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    await writeLine(io.stdout, INDEX_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0) {
    await writeLine(io.stderr, `Unexpected argument: ${positionals[0]}\n\n${INDEX_USAGE}`);
    return EXIT.usage;
  }
  const dataDir = resolveDataDir(values.data, io.env);
  try {
    const summary = await indexDataDir(dataDir, { force: values.force ?? false }, io);
    await writeLine(
      io.stdout,
      `Indexed ${count(summary.written.length)} in ${(summary.ms / 1000).toFixed(1)} s; ${count(summary.upToDate)} already up to date${summary.invalid > 0 ? `; ${count(summary.invalid)} invalid, not indexed` : ""}.`,
    );
    return summary.invalid > 0 ? EXIT.failure : EXIT.ok;
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    await writeLine(io.stderr, error.message);
    return EXIT.failure;
  }
}

const count = (n: number): string => `${n} article${n === 1 ? "" : "s"}`;

/**
 * Writes the stored index of every article folder of `dataDir` that needs one; an invalid article
 * is reported on stderr and left out. Throws a KnowledgeError when the directory cannot be read.
 */
export async function indexDataDir(
  dataDir: string,
  options: { force: boolean },
  io: Pick<CliIo, "stdout" | "stderr">,
): Promise<IndexRunSummary> {
  const started = performance.now();
  const scan = scanDataDir(dataDir);
  for (const message of scan.skipped) await writeLine(io.stderr, `Warning: ${message}`);
  const summary: IndexRunSummary = { written: [], upToDate: 0, invalid: 0, ms: 0 };
  for (const folder of scan.folders) {
    let outcome: IndexFolderOutcome;
    try {
      outcome = indexArticleFolder(folder.path, options);
    } catch (error) {
      if (!(error instanceof KnowledgeError)) throw error;
      summary.invalid++;
      await writeLine(io.stderr, error.message);
      continue;
    }
    if (!outcome.written) {
      summary.upToDate++;
      continue;
    }
    summary.written.push(folder.name);
    const detail = outcome.reason === "unreadable" && outcome.detail ? ` (${outcome.detail})` : "";
    await writeLine(io.stdout, `${folder.path}: indexed (${outcome.reason}${detail})`);
  }
  summary.ms = performance.now() - started;
  return summary;
}
