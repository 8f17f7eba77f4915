import { spawnSync } from "node:child_process";
import { cpSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ArticleKnowledge, createEngine, type Engine } from "../../core/index.js";
import { createKnowledgeStore } from "../../data/knowledge-store.js";
import type { IndexUse } from "../../data/load-indexed.js";
import { KnowledgeError } from "../../data/load-knowledge.js";
import { EvalFileError, type EvalQuestion, readEvalFile } from "../eval/eval-file.js";
import { DEFAULT_EVAL_FILE } from "../eval/run-eval.js";
import { percent, scoreQuestions, summarise, type Tally } from "../eval/score.js";
import { type CliIo, writeLine } from "../shared/cli-io.js";
import { resolveDataDir } from "../shared/data-dir.js";
import { EXIT } from "../shared/exit-codes.js";
import { parseCliArgs } from "../shared/parse-cli-args.js";
import { type BenchCorpus, buildBenchCorpus } from "./bench-corpus.js";
import { BenchInputError } from "./bench-input-error.js";
import { type LatencyStats, latencyStats, mb, ms } from "./latency-stats.js";

export const BENCH_USAGE = `Usage: npm run bench [-- options]

Answers the eval questions many times in one process and prints latency per question
(p50, p90, p99, max), questions per second and memory. A benchmark: it asserts nothing.

Start-up is timed twice, each in a fresh process: as the bot starts (articles read from their
stored index where it is up to date, the rest validated and built) and without stored indexes
(every article validated and built). Run \`npm run index -- --data DIR\` first to time DIR with
its stored indexes.

With --articles, the corpus is the knowledge under --data (the seed), the fixture articles
ingested and generated articles up to N, written to a temporary folder so start-up is timed as
a user meets it: first without stored indexes, then after \`npm run index\` has written them;
the report adds the time that took, memory, the reload of one more article into the running
bot, and the eval's accuracy, scoped to its article and across the whole corpus. A list
(--articles 1,100,1000) runs each size in fresh processes and prints the curve.

Options:
  --articles N[,N…]  corpus sizes to measure (see above)
  --fixtures DIR     articles to ingest into that corpus (default: tests/fixtures/articles)
  --article ID       the eval's article, for the scoped accuracy (default: the first loaded)
  --rounds N    measured rounds over all questions (default 30)
  --warmup N    unmeasured warm-up rounds first (default 3)
  --file PATH   questions (default: ${DEFAULT_EVAL_FILE})
  --data DIR    knowledge directory (default: $KB_DIR or ./data)
  --stored-index use|ignore  time one start-up only, in this process, with or without them
  --json        print the figures as JSON
  -h, --help    show this help`;

const OPTIONS = {
  articles: { type: "string" },
  article: { type: "string" },
  fixtures: { type: "string" },
  rounds: { type: "string" },
  warmup: { type: "string" },
  file: { type: "string" },
  data: { type: "string" },
  "stored-index": { type: "string" },
  "reload-article": { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const TARGET_P99_NS = 1_000_000;

/** The targets at 1,000 and at 10,000 articles; a corpus is held to the first tier it fits. */
export const CORPUS_TARGETS = Object.freeze([
  Object.freeze({
    articles: 1_000,
    startupNs: 1_000_000_000,
    p50Ns: 2_000_000,
    p99Ns: 20_000_000,
    rssBytes: 400 * 1024 * 1024,
  }),
  Object.freeze({
    articles: 10_000,
    startupNs: 5_000_000_000,
    p50Ns: undefined,
    p99Ns: 50_000_000,
    rssBytes: 1.5 * 1024 * 1024 * 1024,
  }),
]);

/** The targets a corpus of this many articles is held to, none past the largest tier. */
export function targetsFor(articles: number): (typeof CORPUS_TARGETS)[number] | undefined {
  return CORPUS_TARGETS.find((t) => articles <= t.articles);
}

export interface BenchReport {
  corpus: string;
  articles: number;
  loadNs: number;
  buildNs: number;
  /** CPU time (user + system) of load and build: steadier than wall time on a shared machine. */
  startupCpuNs: number;
  firstAnswerNs: number;
  questions: number;
  warmupRounds: number;
  rounds: number;
  answers: number;
  latency: LatencyStats;
  questionsPerSecond: number;
  memory: { rss: number; heapUsed: number };
  slowest: { question: string; p50: number; max: number }[];
  /** Corpus runs: the eval's accuracy scoped to its own article, and across the corpus. */
  accuracy?: { scoped: AccuracyPair; corpusWide: AccuracyPair };
  /** How many articles were read from their stored index (absent: none were looked for). */
  index?: IndexUse;
  /** The same corpus started without stored indexes, in its own process. */
  withoutStoredIndex?: StartupFigures;
  /** Corpus runs: how long `npm run index` took to write every article's stored index. */
  indexWriteNs?: number;
  /** Corpus runs: one more article (with its stored index, as ingest writes it) reloaded into the running bot. */
  reload?: { ms: number; articles: number; found: boolean };
}

/** A start-up's figures, for the comparison of two ways of starting. */
export interface StartupFigures {
  loadNs: number;
  buildNs: number;
  startupCpuNs: number;
  rss: number;
}

const startupFigures = (r: BenchReport): StartupFigures => ({
  loadNs: r.loadNs,
  buildNs: r.buildNs,
  startupCpuNs: r.startupCpuNs,
  rss: r.memory.rss,
});

export interface AccuracyPair {
  answerable: Tally;
  unanswerable: Tally;
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
  /** Extra figures from the built engine (the corpus runs' accuracy). */
  extra: (engine: Engine, corpus: ArticleKnowledge[]) => Partial<BenchReport> = () => ({}),
): BenchReport {
  const cpu = process.cpuUsage();
  let start = process.hrtime.bigint();
  const { corpus, index, use, description } = build();
  const loadNs = elapsed(start);

  start = process.hrtime.bigint();
  const engine = createEngine(corpus, index ? { index } : {});
  const buildNs = elapsed(start);
  const cpuUsed = process.cpuUsage(cpu);
  const startupCpuNs = (cpuUsed.user + cpuUsed.system) * 1000;

  const [first] = items;
  start = process.hrtime.bigint();
  if (first) engine.answer(first.question, scopeOf(first));
  const firstAnswerNs = elapsed(start);

  measure(engine, items, warmupRounds);
  start = process.hrtime.bigint();
  const samples = measure(engine, items, rounds);
  const totalNs = elapsed(start);
  const memory = process.memoryUsage();

  const more = extra(engine, corpus);
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
    startupCpuNs,
    firstAnswerNs,
    questions: items.length,
    warmupRounds,
    rounds,
    answers,
    latency: latencyStats(samples.flat()),
    questionsPerSecond: totalNs === 0 ? 0 : answers / (totalNs / 1e9),
    memory: { rss: memory.rss, heapUsed: memory.heapUsed },
    ...(use ? { index: use } : {}),
    slowest: perQuestion
      .sort((a, b) => b.stats.p50 - a.stats.p50)
      .slice(0, 5)
      .map(({ item, stats }) => ({ question: item.question, p50: stats.p50, max: stats.max })),
    ...more,
  };
}

/** The eval scored twice: each question scoped to its article (the seed's by default), and not. */
function accuracyOf(
  engine: Engine,
  corpus: ArticleKnowledge[],
  items: EvalQuestion[],
  article: string | undefined,
) {
  const home = article ?? corpus[0]?.article.id;
  const pair = (list: EvalQuestion[]): AccuracyPair => {
    const summary = summarise(scoreQuestions(engine, list));
    return { answerable: summary.answerable, unanswerable: summary.unanswerable };
  };
  const scoped = items.map((item) => (item.article || !home ? item : { ...item, article: home }));
  return { scoped: pair(scoped), corpusWide: pair(items) };
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
    ...(r.articles > 1
      ? corpusLines(r)
      : [`Target p99 < ${ms(TARGET_P99_NS)}: ${met(l.p99 < TARGET_P99_NS)}`]),
    ...accuracyLines(r),
    "",
    "Slowest questions (p50, max):",
    ...r.slowest.map(
      (s) =>
        `  ${ms(s.p50).padStart(10)} ${ms(s.max).padStart(10)}  ${JSON.stringify(truncate(s.question))}`,
    ),
  ].join("\n");
}

const met = (ok: boolean): string => (ok ? "met" : "NOT met");
const tally = (t: Tally): string => `${t.correct}/${t.total} (${percent(t.rate)})`;

function corpusLines(r: BenchReport): string[] {
  const startup = r.loadNs + r.buildNs;
  const without = r.withoutStoredIndex;
  const use = r.index;
  const built = use
    ? Object.values(use.built).reduce((n, names) => n + (names?.length ?? 0), 0)
    : 0;
  return [
    use
      ? `Start-up with stored index (${use.stored} read, ${built} built): ${ms(startup)} (${ms(r.startupCpuNs)} CPU)`
      : `Start-up (load, validate, build): ${ms(startup)} (${ms(r.startupCpuNs)} CPU)`,
    ...(without
      ? [
          `Start-up without stored index (load, validate, build): ${ms(without.loadNs + without.buildNs)} (${ms(without.startupCpuNs)} CPU), rss ${mb(without.rss)}`,
        ]
      : []),
    ...(r.indexWriteNs === undefined ? [] : [`npm run index wrote them in ${ms(r.indexWriteNs)}`]),
    ...(r.reload
      ? [
          `Reload of one new article into the running bot: ${r.reload.ms.toFixed(1)} ms (${r.reload.articles} articles, ${r.reload.found ? "answering from it" : "NOT found"})`,
        ]
      : []),
    ...targetLines(r.articles, startup, r),
  ];
}

function targetLines(articles: number, startup: number, r: BenchReport): string[] {
  const t = targetsFor(articles);
  if (!t) return [];
  const parts = [
    `start-up ≤ ${t.startupNs / 1e9} s ${met(startup <= t.startupNs)}`,
    ...(t.p50Ns === undefined
      ? []
      : [`p50 ≤ ${t.p50Ns / 1e6} ms ${met(r.latency.p50 <= t.p50Ns)}`]),
    `p99 ≤ ${t.p99Ns / 1e6} ms ${met(r.latency.p99 <= t.p99Ns)}`,
    `rss ≤ ${mb(t.rssBytes)} ${met(r.memory.rss <= t.rssBytes)}`,
  ];
  return [`Targets up to ${t.articles.toLocaleString("en")} articles: ${parts.join(", ")}`];
}

function accuracyLines(r: BenchReport): string[] {
  const a = r.accuracy;
  if (!a) return [];
  return [
    `Eval scoped to its article: answerable ${tally(a.scoped.answerable)}, unanswerable ${tally(a.scoped.unanswerable)}`,
    `Eval across the corpus:     answerable ${tally(a.corpusWide.answerable)}, unanswerable ${tally(a.corpusWide.unanswerable)}`,
  ];
}

/** One row per corpus size: the curve of `--articles 1,100,1000,10000`. */
export function formatCurve(reports: readonly BenchReport[]): string {
  const header =
    "articles  start-up   no index   build      rss       p50        p99        seed (scoped)       seed (corpus-wide)";
  const rows = reports.map((r) => {
    const a = r.accuracy;
    const pair = (p: AccuracyPair | undefined) =>
      p
        ? `${p.answerable.correct}/${p.answerable.total} + ${p.unanswerable.correct}/${p.unanswerable.total}`
        : "";
    return [
      String(r.articles).padStart(8),
      ms(r.loadNs + r.buildNs).padStart(10),
      (r.withoutStoredIndex
        ? ms(r.withoutStoredIndex.loadNs + r.withoutStoredIndex.buildNs)
        : "-"
      ).padStart(10),
      ms(r.buildNs).padStart(10),
      mb(r.memory.rss).padStart(9),
      ms(r.latency.p50).padStart(10),
      ms(r.latency.p99).padStart(10),
      `  ${pair(a?.scoped).padEnd(18)}`,
      pair(a?.corpusWide),
    ].join(" ");
  });
  return [header, ...rows].join("\n");
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
  const sizes = values.articles === undefined ? undefined : parseSizes(values.articles);
  if (sizes === null)
    return usage("--articles must be a whole number ≥ 1, or a list like 1,100,1000");
  const storedIndex = values["stored-index"];
  if (storedIndex !== undefined && storedIndex !== "use" && storedIndex !== "ignore")
    return usage("--stored-index must be use or ignore");
  try {
    const items = readEvalFile(values.file ?? DEFAULT_EVAL_FILE);
    const passOn = [
      ...(values.file ? ["--file", values.file] : []),
      "--rounds",
      String(rounds),
      "--warmup",
      String(warmup),
    ];
    if (sizes) {
      // Loaded only here: the generator pulls in the NLP library, which the measured run must not.
      const onDisk = await import("./corpus-on-disk.js");
      const fixtures = values.fixtures ?? onDisk.DEFAULT_FIXTURES;
      const reports: BenchReport[] = [];
      for (const n of sizes) {
        const report = benchCorpusSize(onDisk, n, dataDir, fixtures, passOn);
        if (!report) {
          await writeLine(io.stderr, `The run for ${n} articles failed; see the messages above.`);
          return EXIT.failure;
        }
        reports.push(report);
      }
      const [only] = reports;
      const text = reports.length === 1 && only ? formatBenchReport(only) : formatCurve(reports);
      const json = reports.length === 1 ? only : reports;
      await writeLine(io.stdout, values.json ? JSON.stringify(json, null, 2) : text);
      return EXIT.ok;
    }
    const reloadArticle = values["reload-article"];
    const report =
      storedIndex === undefined
        ? benchDir(dataDir, [...passOn, ...(values.article ? ["--article", values.article] : [])])
        : benchmark(
            () => buildBenchCorpus({ dataDir, storedIndex: storedIndex === "use" }),
            items,
            rounds,
            warmup,
            (engine, corpus) => ({
              accuracy: accuracyOf(engine, corpus, items, values.article),
              ...(reloadArticle ? { reload: timeReload(dataDir, reloadArticle) } : {}),
            }),
          );
    if (!report) {
      await writeLine(io.stderr, `The run on ${dataDir} failed; see the messages above.`);
      return EXIT.failure;
    }
    await writeLine(
      io.stdout,
      values.json ? JSON.stringify(report, null, 2) : formatBenchReport(report),
    );
    return EXIT.ok;
  } catch (error) {
    const expected =
      error instanceof KnowledgeError ||
      error instanceof EvalFileError ||
      error instanceof BenchInputError;
    if (!expected) throw error;
    await writeLine(io.stderr, error.message);
    return EXIT.failure;
  }
}

/** "1,100,1000" → [1, 100, 1000]; null when any is not a whole number ≥ 1. */
export function parseSizes(text: string): number[] | null {
  const sizes = text.split(",").map((part) => Number(part.trim()));
  return sizes.length > 0 && sizes.every((n) => Number.isInteger(n) && n >= 1) ? sizes : null;
}

/** The bench script itself, run again for each corpus size and each way of starting. */
const BENCH_SCRIPT = fileURLToPath(new URL("../bench.ts", import.meta.url));

/** One measuring run of the bench script on `dir`, in a fresh process. */
function measureInChild(dir: string, args: string[]): BenchReport | undefined {
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", BENCH_SCRIPT, ...args, "--data", dir, "--json"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 * 1024 * 1024 },
  );
  return child.status === 0 ? (JSON.parse(child.stdout) as BenchReport) : undefined;
}

/**
 * The knowledge of `dir` measured twice, each in a fresh process: started without stored
 * indexes, then as the bot starts (the report's figures are this second run's).
 */
function benchDir(dir: string, args: string[]): BenchReport | undefined {
  const without = measureInChild(dir, [...args, "--stored-index", "ignore"]);
  if (!without) return undefined;
  const report = measureInChild(dir, [...args, "--stored-index", "use"]);
  if (!report) return undefined;
  return {
    ...report,
    withoutStoredIndex: startupFigures(without),
  };
}

/**
 * One corpus size: generated and written to a temporary folder here, then measured by the
 * plain benchmark over that folder in fresh processes, so start-up and memory are the
 * loaded corpus's own, not the generator's: once without stored indexes, then after
 * `npm run index` has written them, with the reload of one more article into the running bot.
 */
function benchCorpusSize(
  onDisk: typeof import("./corpus-on-disk.js"),
  n: number,
  dataDir: string,
  fixturesDir: string,
  /** The measuring options to pass on: --file, --rounds, --warmup. */
  passOn: string[],
): BenchReport | undefined {
  const all = onDisk.syntheticCorpus(n + 1, dataDir, fixturesDir);
  const corpus = all.slice(0, n);
  const home = corpus[0]?.article.id ?? "";
  const dir = onDisk.writeCorpus(corpus);
  // The article the reload adds, indexed as ingest writes it, kept outside the corpus until then.
  const extra = all.slice(n);
  const staging = onDisk.writeCorpus(extra);
  try {
    const args = [...passOn, "--article", home];
    const without = measureInChild(dir, [...args, "--stored-index", "ignore"]);
    if (!without) return undefined;
    const indexed = onDisk.indexCorpus(dir);
    onDisk.indexCorpus(staging);
    const reloadFrom = extra[0] ? ["--reload-article", join(staging, extra[0].article.id)] : [];
    const report = measureInChild(dir, [...args, ...reloadFrom, "--stored-index", "use"]);
    if (!report) return undefined;
    return {
      ...report,
      corpus: `${dataDir} + fixtures + generated, from disk`,
      withoutStoredIndex: startupFigures(without),
      indexWriteNs: indexed,
    };
  } finally {
    onDisk.removeCorpus(dir);
    onDisk.removeCorpus(staging);
  }
}

/**
 * Copies the article folder `from` into `dataDir` and times the reload of a store holding
 * everything else, as a running bot reloads an article ingested while it runs.
 */
function timeReload(dataDir: string, from: string): NonNullable<BenchReport["reload"]> {
  const store = createKnowledgeStore(dataDir);
  const before = new Set(store.engine.about().articles.map((a) => a.id));
  cpSync(from, join(dataDir, basename(from)), { recursive: true });
  const started = performance.now();
  const report = store.reload();
  const ms = performance.now() - started;
  const found = store.engine.about().articles.some((a) => !before.has(a.id));
  return { ms, articles: report.articles, found };
}
