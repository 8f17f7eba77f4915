import { KnowledgeError } from "../../data/load-knowledge.js";
import { type CliIo, writeLine } from "../shared/cli-io.js";
import { resolveDataDir } from "../shared/data-dir.js";
import { EXIT } from "../shared/exit-codes.js";
import { checkArticleId, type LoadedEngine, loadEngine } from "../shared/load-engine.js";
import { parseCliArgs } from "../shared/parse-cli-args.js";
import {
  CONVERSATION_FLOOR,
  DEFAULT_CONVERSATION_FILE,
  formatConversationReport,
  runConversationEval,
} from "./conversation-eval.js";
import { type ConversationEvalFile, readConversationFile } from "./conversation-file.js";
import { EvalFileError, type EvalQuestion, readEvalFile } from "./eval-file.js";
import { formatIngestedComparison, formatReport } from "./format-report.js";
import { compareWithIngestion } from "./ingested-alone.js";
import {
  FLOORS,
  floorFailures,
  scoreQuestions,
  summarise,
  TARGETS,
  unknownExpectedIds,
} from "./score.js";

export const DEFAULT_EVAL_FILE = "tests/eval/questions.jsonl";

export const EVAL_USAGE = `Usage: npm run eval [-- options]

Answers every question of the eval file and prints accuracy per answer type and overall,
then the misses, then the same questions on what ingestion alone finds in the curated
articles' text (\`npm run ingest\` without an editor), next to the curated knowledge. Exits 1 when below the floors (answerable ≥ ${FLOORS.answerable * 100} % correct,
unanswerable ≥ ${FLOORS.unanswerable * 100} % abstained).

Then it plays the conversation eval: conversations of two to four turns (follow-ups by
pronoun, by ellipsis, a change of subject or article, an expired context) over the curated
articles and the texts the file ingests, scoring each turn with the conversation and alone.
Exits 1 when fewer than ${CONVERSATION_FLOOR * 100} % of follow-up turns are right.

Options:
  --file PATH   eval file, one {"question", "expect", "type", "article"?} per line
                (default: ${DEFAULT_EVAL_FILE})
  --conversations PATH
                conversation eval file (default: ${DEFAULT_CONVERSATION_FILE}); "none" skips it
  --data DIR    knowledge directory (default: $KB_DIR or ./data)
  --json        print a machine-readable summary instead
  -h, --help    show this help`;

const OPTIONS = {
  file: { type: "string" },
  conversations: { type: "string" },
  data: { type: "string" },
  json: { type: "boolean" },
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

  const file = values.file ?? DEFAULT_EVAL_FILE;
  const dataDir = resolveDataDir(values.data, io.env);
  let loaded: LoadedEngine;
  let items: EvalQuestion[];
  const conversationPath =
    values.conversations ?? (values.file === undefined ? DEFAULT_CONVERSATION_FILE : "none");
  let conversationFile: ConversationEvalFile | undefined;
  try {
    loaded = loadEngine(dataDir);
    items = readEvalFile(file);
    if (conversationPath !== "none") conversationFile = readConversationFile(conversationPath);
  } catch (error) {
    if (!(error instanceof KnowledgeError || error instanceof EvalFileError)) throw error;
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
    if (conversations) {
      await writeLine(io.stdout, `\n${formatConversationReport(conversations, conversationPath)}`);
    }
  }
  return failures.length === 0 && conversationsMet ? EXIT.ok : EXIT.failure;
}
