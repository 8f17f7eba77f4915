import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createConversationService } from "../../adapters/shared/conversations/conversation-service.js";
import type { Engine } from "../../core/index.js";
import { describeTarget, type LogTarget } from "../../log/open-database.js";
import {
  createQuestionLog,
  disabledQuestionLog,
  type QuestionLog,
} from "../../log/question-log.js";
import { createLogger } from "../../logger.js";
import { readEvalFile } from "../eval/eval-file.js";
import { DEFAULT_EVAL_FILE } from "../eval/run-eval.js";
import { type CliIo, writeLine } from "../shared/cli-io.js";
import { resolveDataDir } from "../shared/data-dir.js";
import { EXIT } from "../shared/exit-codes.js";
import { loadEngine } from "../shared/load-engine.js";
import { parseCliArgs } from "../shared/parse-cli-args.js";

export const LOG_BENCH_USAGE = `Usage: npm run bench:log [-- options]

What the question log costs a question: the eval questions asked through the conversation
service with the log off, then with it on (SQLite in a temporary file, or PostgreSQL with
--database-url), alternating, many rounds. Prints the median time per question each way, the time
the background writes take per question (they run on the same thread), and rows written per
second. A benchmark: it asserts nothing. Target: under 0.2 ms added per question.

Options:
  --rounds N          measured rounds over all questions (default 20)
  --database-url URL  measure PostgreSQL instead of SQLite
  --json              print the figures as JSON
  -h, --help          show this help`;

const OPTIONS = {
  rounds: { type: "string" },
  "database-url": { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

interface Measured {
  /** Mean ms per question, answer path only. */
  perQuestionMs: number;
  /** Mean ms per question spent writing the log in the background. */
  writeMsPerQuestion: number;
}

async function measure(
  engine: Engine,
  log: QuestionLog,
  questions: string[],
  rounds: number,
): Promise<Measured> {
  const service = createConversationService({
    engine,
    log,
    config: { idleMs: 600_000, max: 10_000 },
    logger: createLogger("bench"),
  });
  let askNs = 0n;
  let writeNs = 0n;
  let asked = 0;
  for (let r = 0; r < rounds; r++) {
    for (const [i, q] of questions.entries()) {
      const start = process.hrtime.bigint();
      service.ask(q, {
        platform: "cli",
        conversationKind: "batch",
        conversationKey: `bench:${r}:${i}`,
        userId: "bench",
      });
      askNs += process.hrtime.bigint() - start;
      asked++;
    }
    const start = process.hrtime.bigint();
    await log.flush();
    writeNs += process.hrtime.bigint() - start;
  }
  return {
    perQuestionMs: Number(askNs) / 1e6 / asked,
    writeMsPerQuestion: Number(writeNs) / 1e6 / asked,
  };
}

export async function runLogBench(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(argv, OPTIONS);
  if (!parsed.ok || parsed.positionals.length > 0) {
    await writeLine(
      io.stderr,
      `${parsed.ok ? "Unexpected argument" : parsed.error}\n\n${LOG_BENCH_USAGE}`,
    );
    return EXIT.usage;
  }
  const { values } = parsed;
  if (values.help) {
    await writeLine(io.stdout, LOG_BENCH_USAGE);
    return EXIT.ok;
  }
  const rounds = Number(values.rounds ?? 20);
  if (!Number.isInteger(rounds) || rounds < 1) {
    await writeLine(io.stderr, `--rounds needs a whole number, 1 or more.\n\n${LOG_BENCH_USAGE}`);
    return EXIT.usage;
  }
  const { engine } = loadEngine(resolveDataDir(undefined, io.env));
  const questions = readEvalFile(DEFAULT_EVAL_FILE).map((q) => q.question);
  const dir = mkdtempSync(join(tmpdir(), "qa-log-bench-"));
  const target: LogTarget = values["database-url"]
    ? { kind: "postgres", url: values["database-url"] }
    : { kind: "sqlite", path: join(dir, "bench.db") };
  const log = createQuestionLog({
    target,
    salt: "bench-salt-bench-salt",
    retentionDays: 90,
    logger: createLogger("bench"),
  });
  try {
    await measure(engine, disabledQuestionLog(), questions, 2); // warm-up
    await measure(engine, log, questions, 2);
    const off: Measured[] = [];
    const on: Measured[] = [];
    // Alternate, so drift on a shared machine hits both alike.
    for (let r = 0; r < rounds; r++) {
      off.push(await measure(engine, disabledQuestionLog(), questions, 1));
      on.push(await measure(engine, log, questions, 1));
    }
    // Medians over the rounds: another process's burst on a shared machine moves a mean.
    const median = (xs: Measured[], key: keyof Measured) => {
      const sorted = xs.map((x) => x[key]).sort((a, b) => a - b);
      return sorted[Math.floor(sorted.length / 2)] ?? 0;
    };
    // For scale: the engine alone, without conversations or log.
    const start = process.hrtime.bigint();
    for (let r = 0; r < rounds; r++) for (const q of questions) engine.answer(q);
    const engineMs = Number(process.hrtime.bigint() - start) / 1e6 / (rounds * questions.length);
    const report = {
      database: describeTarget(target),
      questions: questions.length,
      rounds,
      engineAloneMsPerQuestion: engineMs,
      offMsPerQuestion: median(off, "perQuestionMs"),
      onMsPerQuestion: median(on, "perQuestionMs"),
      addedOnAnswerPathMs: median(on, "perQuestionMs") - median(off, "perQuestionMs"),
      backgroundWriteMsPerQuestion: median(on, "writeMsPerQuestion"),
      rowsPerSecond: 1000 / Math.max(1e-9, median(on, "writeMsPerQuestion")),
    };
    const total = report.addedOnAnswerPathMs + report.backgroundWriteMsPerQuestion;
    if (values.json)
      await writeLine(io.stdout, JSON.stringify({ ...report, totalAddedMs: total }, null, 2));
    else {
      const f = (n: number) => n.toFixed(4);
      await writeLine(
        io.stdout,
        [
          `Question log cost, ${report.questions} questions × ${rounds} rounds, ${report.database}`,
          `  per question, engine alone:      ${f(report.engineAloneMsPerQuestion)} ms`,
          `  per question, conversation, log off: ${f(report.offMsPerQuestion)} ms`,
          `  per question, conversation, log on:  ${f(report.onMsPerQuestion)} ms`,
          `  added on the answer path:        ${f(report.addedOnAnswerPathMs)} ms`,
          `  background write per question:   ${f(report.backgroundWriteMsPerQuestion)} ms (${Math.round(report.rowsPerSecond)} rows/s)`,
          `  total added per question:        ${f(total)} ms (target < 0.2 ms)`,
        ].join("\n"),
      );
    }
    return EXIT.ok;
  } finally {
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
