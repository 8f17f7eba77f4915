import { createEngine, type Engine } from "../../core/index.js";
import { KnowledgeError } from "../../data/load-knowledge.js";
import { EvalFileError, type EvalQuestion, readEvalFile } from "../eval/eval-file.js";
import { DEFAULT_EVAL_FILE } from "../eval/run-eval.js";
import { type CliIo, writeLine } from "../shared/cli-io.js";
import { resolveDataDir } from "../shared/data-dir.js";
import { EXIT } from "../shared/exit-codes.js";
import { parseCliArgs } from "../shared/parse-cli-args.js";
import { type BenchCorpus, buildBenchCorpus } from "./bench-corpus.js";
import { type LatencyStats, latencyStats, mb, ms } from "./latency-stats.js";

export const BENCH_USAGE = `Usage: npm run bench [-- options]

Answers the eval questions many times in one process and prints latency per question
(p50, p90, p99, max), questions per second and memory. A benchmark: it asserts nothing.

Options:
  --rounds N    measured rounds over all questions (default 30)
  --warmup N    unmeasured warm-up rounds first (default 3)
  --file PATH   questions (default: ${DEFAULT_EVAL_FILE})
  --data DIR    knowledge directory (default: $KB_DIR or ./data)
  --json        print the figures as JSON
  -h, --help    show this help`;

const OPTIONS = {
  rounds: { type: "string" },
  warmup: { type: "string" },
  file: { type: "string" },
  data: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const TARGET_P99_NS = 1_000_000;

export interface BenchReport {
  corpus: string;
  articles: number;
  loadNs: number;
  buildNs: number;
  firstAnswerNs: number;
  questions: number;
  warmupRounds: number;
  rounds: number;
  answers: number;
  latency: LatencyStats;
  questionsPerSecond: number;
  memory: { rss: number; heapUsed: number };
  slowest: { question: string; p50: number; max: number }[];
}

const elapsed = (start: bigint): number => Number(process.hrtime.bigint() - start);

function scopeOf(item: EvalQuestion): { article?: string } {
  return item.article === undefined ? {} : { article: item.article };
}

/** Times every answer; returns the samples per question, in nanoseconds. */
function measure(engine: Engine, items: EvalQuestion[], rounds: number): number[][] {
  const samples = items.map(() => new Array<number>(rounds));
  for (let round = 0; round < rounds; round++) {
    items.forEach((item, i) => {
      const start = process.hrtime.bigint();
      engine.answer(item.question, scopeOf(item));
      (samples[i] as number[])[round] = elapsed(start);
    });
  }
  return samples;
}

/** Runs the benchmark; `build` makes the corpus, so another corpus can be swapped in. */
export function benchmark(
  build: () => BenchCorpus,
  items: EvalQuestion[],
  rounds: number,
  warmupRounds: number,
): BenchReport {
  let start = process.hrtime.bigint();
  const { corpus, description } = build();
  const loadNs = elapsed(start);

  start = process.hrtime.bigint();
  const engine = createEngine(corpus);
  const buildNs = elapsed(start);

  const [first] = items;
  start = process.hrtime.bigint();
  if (first) engine.answer(first.question, scopeOf(first));
  const firstAnswerNs = elapsed(start);

  measure(engine, items, warmupRounds);
  start = process.hrtime.bigint();
  const samples = measure(engine, items, rounds);
  const totalNs = elapsed(start);
  const memory = process.memoryUsage();

  const perQuestion = samples.map((s, i) => ({
    item: items[i] as EvalQuestion,
    stats: latencyStats(s),
  }));
  const answers = items.length * rounds;
  return {
    corpus: description,
    articles: corpus.length,
    loadNs,
    buildNs,
    firstAnswerNs,
    questions: items.length,
    warmupRounds,
    rounds,
    answers,
    latency: latencyStats(samples.flat()),
    questionsPerSecond: totalNs === 0 ? 0 : answers / (totalNs / 1e9),
    memory: { rss: memory.rss, heapUsed: memory.heapUsed },
    slowest: perQuestion
      .sort((a, b) => b.stats.p50 - a.stats.p50)
      .slice(0, 5)
      .map(({ item, stats }) => ({ question: item.question, p50: stats.p50, max: stats.max })),
  };
}

export function formatBenchReport(r: BenchReport): string {
  const l = r.latency;
  const truncate = (q: string): string => (q.length > 70 ? `${q.slice(0, 69)}…` : q);
  return [
    `Corpus: ${r.articles} article(s), ${r.corpus}; loaded in ${ms(r.loadNs)}`,
    `Engine built in ${ms(r.buildNs)}; first answer in ${ms(r.firstAnswerNs)}`,
    `Questions: ${r.questions} × ${r.rounds} rounds (after ${r.warmupRounds} warm-up rounds) = ${r.answers} answers`,
    "",
    "Latency per question:",
    `  p50 ${ms(l.p50)}   p90 ${ms(l.p90)}   p99 ${ms(l.p99)}   max ${ms(l.max)}   mean ${ms(l.mean)}`,
    `Throughput: ${Math.round(r.questionsPerSecond).toLocaleString("en-US")} questions/s`,
    `Memory: rss ${mb(r.memory.rss)}, heapUsed ${mb(r.memory.heapUsed)}`,
    `Target p99 < ${ms(TARGET_P99_NS)}: ${l.p99 < TARGET_P99_NS ? "met" : "NOT met"}`,
    "",
    "Slowest questions (p50, max):",
    ...r.slowest.map(
      (s) =>
        `  ${ms(s.p50).padStart(10)} ${ms(s.max).padStart(10)}  ${JSON.stringify(truncate(s.question))}`,
    ),
  ].join("\n");
}

function count(value: string | undefined, fallback: number, min: number): number | null {
  if (value === undefined) return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n >= min ? n : null;
}

export async function runBench(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(argv, OPTIONS);
  const usage = async (problem: string): Promise<number> => {
    await writeLine(io.stderr, `${problem}\n\n${BENCH_USAGE}`);
    return EXIT.usage;
  };
  if (!parsed.ok) return usage(parsed.error);
  const { values, positionals } = parsed;
  if (positionals.length > 0) return usage(`Unexpected argument: ${positionals[0]}`);
  if (values.help) {
    await writeLine(io.stdout, BENCH_USAGE);
    return EXIT.ok;
  }
  const rounds = count(values.rounds, 30, 1);
  const warmup = count(values.warmup, 3, 0);
  if (rounds === null) return usage("--rounds must be a whole number ≥ 1");
  if (warmup === null) return usage("--warmup must be a whole number ≥ 0");

  const dataDir = resolveDataDir(values.data, io.env);
  try {
    const items = readEvalFile(values.file ?? DEFAULT_EVAL_FILE);
    const report = benchmark(() => buildBenchCorpus({ dataDir }), items, rounds, warmup);
    await writeLine(
      io.stdout,
      values.json ? JSON.stringify(report, null, 2) : formatBenchReport(report),
    );
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof KnowledgeError || error instanceof EvalFileError)) throw error;
    await writeLine(io.stderr, error.message);
    return EXIT.failure;
  }
}
