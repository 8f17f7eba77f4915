import { formatAnswer } from "../../adapters/terminal/format-answer.js";
import { createStyle, wantsColor } from "../../adapters/terminal/style.js";
import type { Answer, Engine } from "../../core/index.js";
import { KnowledgeError } from "../../data/load-knowledge.js";
import { type CliIo, writeLine } from "../shared/cli-io.js";
import { resolveDataDir } from "../shared/data-dir.js";
import { EXIT } from "../shared/exit-codes.js";
import { checkArticleId, loadEngine } from "../shared/load-engine.js";
import { parseCliArgs } from "../shared/parse-cli-args.js";
import { readLines } from "../shared/read-lines.js";

export const ASK_USAGE = `Usage:
  npm run ask -- "question"            print one answer with its source paragraph
  npm run ask -- --json "question"     the Answer as one JSON object
  npm run ask -- --jsonl < questions   one question per line in, one Answer JSON per line out

Options:
  --json           print the Answer as JSON
  --jsonl          read questions from stdin, one per line; write one JSON object per line
  --article ID     answer from this article only
  --data DIR       knowledge directory (default: $KB_DIR or ./data)
  -h, --help       show this help`;

const OPTIONS = {
  json: { type: "boolean" },
  jsonl: { type: "boolean" },
  article: { type: "string" },
  data: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** `npm run ask`: returns the exit code; writes answers to stdout and everything else to stderr. */
export async function runAsk(argv: string[], io: CliIo): Promise<number> {
  const usageError = async (message: string): Promise<number> => {
    await writeLine(io.stderr, `${message}\n\n${ASK_USAGE}`);
    return EXIT.usage;
  };

  const parsed = parseCliArgs(argv, OPTIONS);
  if (!parsed.ok) return usageError(parsed.error);
  const { values, positionals } = parsed;
  if (values.help) {
    await writeLine(io.stdout, ASK_USAGE);
    return EXIT.ok;
  }
  const question = positionals.join(" ");
  if (values.jsonl && positionals.length > 0) {
    return usageError("--jsonl reads questions from stdin; give no question on the command line.");
  }
  if (!values.jsonl && question.trim() === "") return usageError("No question given.");

  let engine: Engine;
  try {
    engine = loadEngine(resolveDataDir(values.data, io.env)).engine;
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    await writeLine(io.stderr, error.message);
    return EXIT.failure;
  }
  const articleProblem = checkArticleId(engine, values.article);
  if (articleProblem) {
    await writeLine(io.stderr, articleProblem);
    return EXIT.usage;
  }
  const scope = values.article === undefined ? {} : { article: values.article };

  if (values.jsonl) return answerLines(engine, scope, io);

  const answer = engine.answer(question, scope);
  const text = values.json
    ? JSON.stringify(answer)
    : formatAnswer(answer, createStyle(wantsColor(io.stdout as NodeJS.WritableStream, io.env)));
  await writeLine(io.stdout, text);
  return EXIT.ok;
}

/** --jsonl: one Answer per input line, in order, with `question` first; stdout holds nothing else. */
async function answerLines(
  engine: Engine,
  scope: { article?: string },
  io: CliIo,
): Promise<number> {
  let failed = 0;
  for await (const question of readLines(io.stdin)) {
    let answer: Answer;
    try {
      answer = engine.answer(question, scope);
    } catch (error) {
      // A bug in the engine must not shift the following answers out of line with their questions.
      failed++;
      await writeLine(io.stderr, `Failed to answer ${JSON.stringify(question)}: ${String(error)}`);
      answer = failureAnswer();
    }
    await writeLine(io.stdout, JSON.stringify({ question, ...answer }));
  }
  return failed > 0 ? EXIT.failure : EXIT.ok;
}

function failureAnswer(): Answer {
  const text = "Sorry, something went wrong answering that.";
  return {
    answered: false,
    answer: text,
    short: text,
    confidence: 0,
    kind: "none",
    sources: [],
    suggestions: [],
    refs: [],
  };
}
