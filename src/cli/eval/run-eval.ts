import type { ArticleKnowledge } from "../../core/index.js";
import { DEFAULT_MODEL } from "../../core/model/model.js";
import { KnowledgeError, loadCorpus } from "../../data/load-knowledge.js";
import { fitModel } from "../fit/fit-model.js";
import { collectRecords } from "../fit/records.js";
import { loadTrainingSets } from "../fit/training-sets.js";
import { type CliIo, writeLine } from "../shared/cli-io.js";
import { resolveDataDir } from "../shared/data-dir.js";
import { EXIT } from "../shared/exit-codes.js";
import { checkArticleId, type LoadedEngine, loadEngine } from "../shared/load-engine.js";
import { parseCliArgs } from "../shared/parse-cli-args.js";
import { ablate, formatAblation, heldOutFigures } from "./ablation.js";
import {
  CONVERSATION_FLOOR,
  DEFAULT_CONVERSATION_FILE,
  formatConversationReport,
  runConversationEval,
} from "./conversation-eval.js";
import { type ConversationEvalFile, readConversationFile } from "./conversation-file.js";
import { EvalFileError, type EvalQuestion, readEvalFile } from "./eval-file.js";
import { explainQuestion } from "./explain.js";
import { formatSplitFigures } from "./format-figures.js";
import { formatIngestedComparison, formatReport, formatWebExtraction } from "./format-report.js";
import { compareWithIngestion } from "./ingested-alone.js";
import { outcomeOf } from "./measure.js";
import {
  FLOORS,
  floorFailures,
  scoreQuestions,
  summarise,
  TARGETS,
  unknownExpectedIds,
} from "./score.js";
import { squadSplit } from "./splits.js";
import { readSquad, type SquadArticle } from "./squad-file.js";
import { formatSquadReport, squadReport } from "./squad-report.js";
import { compareWebExtraction, type WebExtractionReport } from "./web-extraction.js";
import { WEB_FIXTURES_MANIFEST, WebFixturesError } from "./web-fixtures.js";

export { DEFAULT_EVAL_FILE } from "./eval-file-path.js";

import { DEFAULT_EVAL_FILE } from "./eval-file-path.js";

export const EVAL_USAGE = `Usage: npm run eval [-- options]

Answers every question of the eval file and prints accuracy per answer type and overall,
then the misses, then the same questions on what ingestion alone finds in the curated
articles' text (\`npm run ingest\` without an editor), next to the curated knowledge, and
the fixture web pages' articles as extracted from HTML next to the same articles from clean
text. Exits 1 when below the floors (answerable ≥ ${FLOORS.answerable * 100} % correct,
unanswerable ≥ ${FLOORS.unanswerable * 100} % abstained) or when extraction loses an answer.

Then it plays the conversation eval: conversations of two to four turns (follow-ups by
pronoun, by ellipsis, a change of subject or article, an expired context) over the curated
articles and the texts the file ingests, scoring each turn with the conversation and alone.
Exits 1 when fewer than ${CONVERSATION_FLOOR * 100} % of follow-up turns are right.
With the default eval file it then prints the training and held-out figures side by side
(seed, ingested fixtures, SQuAD dev).

Options:
  --file PATH      eval file, one {"question", "expect", "type", "article"?} per line
                   (default: ${DEFAULT_EVAL_FILE})
  --data DIR       knowledge directory (default: $KB_DIR or ./data)
  --conversations PATH
                   conversation eval file (default: ${DEFAULT_CONVERSATION_FILE}); "none" skips it
  --web PATH       web fixture manifest (default: ${WEB_FIXTURES_MANIFEST})
  --json           print a machine-readable summary instead
  --squad FILE     measure on a SQuAD v2.0 file instead: each article ingested in memory and
                   asked its own questions; per article and overall, beside a BM25 baseline
  --ablate         what each signal is worth on held-out questions (refits without it)
  --explain TEXT   the signals of the best candidates for one question (with --article ID)
  --article ID     the article --explain asks about
  -h, --help       show this help`;

const OPTIONS = {
  file: { type: "string" },
  conversations: { type: "string" },
  data: { type: "string" },
  web: { type: "string" },
  json: { type: "boolean" },
  squad: { type: "string" },
  ablate: { type: "boolean" },
  explain: { type: "string" },
  article: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export async function runEval(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(argv, OPTIONS);
  if (!parsed.ok || parsed.positionals.length > 0) {
    const problem = parsed.ok ? `Unexpected argument: ${parsed.positionals[0]}` : parsed.error;
    await writeLine(io.stderr, `${problem}\n\n${EVAL_USAGE}`);
    return EXIT.usage;
  }
  const { values } = parsed;
  if (values.help) {
    await writeLine(io.stdout, EVAL_USAGE);
    return EXIT.ok;
  }

  if (values.squad !== undefined) return runSquad(values.squad, io);
  if (values.ablate) return runAblation(io);
  const dataDir = resolveDataDir(values.data, io.env);
  if (values.explain !== undefined) return runExplain(values.explain, values.article, dataDir, io);

  const file = values.file ?? DEFAULT_EVAL_FILE;
  let loaded: LoadedEngine;
  let items: EvalQuestion[];
  let web: WebExtractionReport;
  const conversationPath =
    values.conversations ?? (values.file === undefined ? DEFAULT_CONVERSATION_FILE : "none");
  let conversationFile: ConversationEvalFile | undefined;
  try {
    loaded = loadEngine(dataDir);
    items = readEvalFile(file);
    web = compareWebExtraction(values.web ?? WEB_FIXTURES_MANIFEST);
    if (conversationPath !== "none") conversationFile = readConversationFile(conversationPath);
  } catch (error) {
    if (
      !(
        error instanceof KnowledgeError ||
        error instanceof EvalFileError ||
        error instanceof WebFixturesError
      )
    )
      throw error;
    await writeLine(io.stderr, error.message);
    return EXIT.failure;
  }
  for (const item of items) {
    const problem = checkArticleId(loaded.engine, item.article);
    if (problem) {
      await writeLine(io.stderr, `${file}:${item.line}: ${problem}`);
      return EXIT.failure;
    }
  }

  const results = scoreQuestions(loaded.engine, items);
  const summary = summarise(results);
  const unknownIds = unknownExpectedIds(items, loaded.corpus);
  const failures = floorFailures(summary);
  const ingested = compareWithIngestion(
    loaded.corpus,
    items,
    results.map((r) => r.answer),
  );
  const conversations = conversationFile
    ? runConversationEval(loaded.corpus, conversationFile)
    : undefined;
  const conversationsMet =
    !conversations || conversations.followUps.withContext.rate >= CONVERSATION_FLOOR;

  if (values.json) {
    const { misses, ...rates } = summary;
    const report = {
      file,
      dataDir,
      questions: items.length,
      ...rates,
      floors: FLOORS,
      targets: TARGETS,
      meetsFloors: failures.length === 0 && conversationsMet,
      misses: misses.map(({ item, answer }) => ({
        line: item.line,
        question: item.question,
        type: item.type,
        expect: item.expect,
        answered: answer.answered,
        short: answer.short,
        confidence: answer.confidence,
        refs: answer.refs,
      })),
      unknownExpectedIds: unknownIds.map(({ item, id }) => ({ line: item.line, id })),
      ingestedAlone: ingested && {
        articles: ingested.articles,
        scoredBy: "cited passage",
        curated: {
          answerable: ingested.curated.answerable,
          unanswerable: ingested.curated.unanswerable,
        },
        ingested: {
          answerable: ingested.ingested.answerable,
          unanswerable: ingested.ingested.unanswerable,
        },
      },
      webExtraction: {
        ok: web.ok,
        scoredBy: "cited passage",
        pages: web.pages.map((p) => ({
          page: p.name,
          shape: p.shape,
          paragraphs: p.paragraphs,
          metadataMismatches: p.metadataMismatches,
          clean: { answerable: p.clean.answerable, unanswerable: p.clean.unanswerable },
          extracted: { answerable: p.extracted.answerable, unanswerable: p.extracted.unanswerable },
        })),
        refused: web.refused,
      },
      conversations: conversations && {
        file: conversationPath,
        conversations: conversations.conversations,
        floor: CONVERSATION_FLOOR,
        followUps: conversations.followUps,
        allTurns: conversations.allTurns,
        byKind: conversations.byKind,
        misses: conversations.misses.map((m) => ({
          conversation: m.conversation,
          turn: m.turn + 1,
          question: m.question,
          asked: m.asked,
          answered: m.answer.answered,
          short: m.answer.short,
          refs: m.answer.refs,
        })),
      },
    };
    await writeLine(io.stdout, JSON.stringify(report, null, 2));
  } else {
    await writeLine(
      io.stdout,
      `${items.length} questions from ${file}, knowledge from ${dataDir}\n`,
    );
    await writeLine(io.stdout, formatReport(summary, unknownIds));
    if (ingested) await writeLine(io.stdout, `\n${formatIngestedComparison(ingested)}`);
    await writeLine(io.stdout, `\n${formatWebExtraction(web)}`);
    if (conversations) {
      await writeLine(io.stdout, `\n${formatConversationReport(conversations, conversationPath)}`);
    }
    if (values.file === undefined) await writeLine(io.stdout, `\n${splitReport()}`);
  }
  return failures.length === 0 && web.ok && conversationsMet ? EXIT.ok : EXIT.failure;
}

async function runSquad(path: string, io: CliIo): Promise<number> {
  let articles: SquadArticle[];
  try {
    articles = readSquad(path);
  } catch (error) {
    if (!(error instanceof EvalFileError)) throw error;
    await writeLine(io.stderr, error.message);
    return EXIT.failure;
  }
  await writeLine(io.stdout, `SQuAD file ${path}: ${articles.length} articles\n`);
  await writeLine(io.stdout, formatSquadReport(squadReport(articles, squadSplit)));
  return EXIT.ok;
}

async function runAblation(io: CliIo): Promise<number> {
  const records = collectRecords(loadTrainingSets());
  const full = fitModel(records, DEFAULT_MODEL);
  await writeLine(io.stdout, formatAblation(heldOutFigures(records, full), ablate(records, full)));
  return EXIT.ok;
}

async function runExplain(
  text: string,
  article: string | undefined,
  dataDir: string,
  io: CliIo,
): Promise<number> {
  let corpus: ArticleKnowledge[];
  try {
    corpus = loadCorpus(dataDir);
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    await writeLine(io.stderr, error.message);
    return EXIT.failure;
  }
  const scope =
    article === undefined ? undefined : corpus.findIndex((k) => k.article.id === article);
  if (scope === -1) {
    await writeLine(
      io.stderr,
      `Unknown article "${article}". Known articles: ${corpus.map((k) => k.article.id).join(", ")}`,
    );
    return EXIT.usage;
  }
  await writeLine(io.stdout, explainQuestion(corpus, text, scope));
  return EXIT.ok;
}

/** Training and held-out figures of the committed weights, per source (seed, fixtures, SQuAD). */
function splitReport(): string {
  const records = collectRecords(loadTrainingSets());
  return `Training and held-out questions (the fit never sees held-out ones):\n${formatSplitFigures(records.map((r) => outcomeOf(r, DEFAULT_MODEL)))}`;
}
