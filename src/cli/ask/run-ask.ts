import { randomUUID } from "node:crypto";
import {
  type ConversationService,
  createConversationService,
} from "../../adapters/shared/conversations/conversation-service.js";
import { formatAnswer } from "../../adapters/terminal/format-answer.js";
import { createStyle, wantsColor } from "../../adapters/terminal/style.js";
import { ConfigError, loadConfig } from "../../config/load-config.js";
import type { Answer, Engine } from "../../core/index.js";
import { KnowledgeError } from "../../data/load-knowledge.js";
import { questionLogFromConfig } from "../../log/from-config.js";
import { disabledQuestionLog, type QuestionLog } from "../../log/question-log.js";
import { createLogger } from "../../logger.js";
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

With --jsonl a line may also be a JSON object {"question": "…", "conversation": "any id"}: lines
with the same conversation id are turns of one conversation, in order ("and what did he say?"
is read against the turns before it); a plain-text line is a one-off question. Questions are
logged only when DB_PATH or DATABASE_URL is set (and QUESTION_LOG is not off).

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
  let log: QuestionLog;
  try {
    log = batchLog(io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    await writeLine(io.stderr, error.message);
    return EXIT.failure;
  }
  const conversations = createConversationService({
    engine,
    log,
    config: { idleMs: Number.POSITIVE_INFINITY, max: 100_000 },
    logger: createLogger("ask"),
  });
  try {
    if (values.jsonl) return await answerLines(conversations, scope, io);
    const { answer } = conversations.ask(question, oneOff(scope.article));
    const text = values.json
      ? JSON.stringify(answer)
      : formatAnswer(answer, createStyle(wantsColor(io.stdout as NodeJS.WritableStream, io.env)));
    await writeLine(io.stdout, text);
    return EXIT.ok;
  } finally {
    await log.close();
  }
}

/** The batch CLI logs only when a database is named for it. */
function batchLog(env: Record<string, string | undefined>): QuestionLog {
  const named = [env["DB_PATH"], env["DATABASE_URL"]].some((v) => v && v.trim() !== "");
  if (!named) return disabledQuestionLog();
  return questionLogFromConfig(loadConfig(env).questionLog, createLogger("question-log"), {
    warnWithoutSalt: false,
  });
}

const place = (key: string, article: string | undefined) => ({
  platform: "cli" as const,
  conversationKind: "batch" as const,
  conversationKey: key,
  userId: "cli",
  ...(article ? { article } : {}),
});
/** A question of its own: a conversation nobody continues. */
const oneOff = (article: string | undefined) => place(`cli:${randomUUID()}`, article);

/** A --jsonl line: a plain question, or `{"question", "conversation"?}`. */
function readLine(line: string): { question: string; conversation?: string } {
  if (!line.trimStart().startsWith("{")) return { question: line };
  try {
    const parsed: unknown = JSON.parse(line);
    if (parsed && typeof parsed === "object" && "question" in parsed) {
      const { question, conversation } = parsed as { question: unknown; conversation?: unknown };
      if (typeof question === "string") {
        return conversation === undefined || conversation === null
          ? { question }
          : { question, conversation: String(conversation) };
      }
    }
  } catch {
    // Not JSON after all: a question that happens to start with "{".
  }
  return { question: line };
}

/**
 * --jsonl: one Answer per input line, in order, with `question` first (and `conversation`,
 * `asked` and `followUp` for a conversation's turns); stdout holds nothing else.
 */
async function answerLines(
  conversations: ConversationService,
  scope: { article?: string },
  io: CliIo,
): Promise<number> {
  let failed = 0;
  for await (const line of readLines(io.stdin)) {
    const { question, conversation } = readLine(line);
    let out: Record<string, unknown>;
    try {
      const asked = conversations.ask(
        question,
        conversation === undefined
          ? oneOff(scope.article)
          : place(`cli:conversation:${conversation}`, scope.article),
      );
      out =
        conversation === undefined
          ? { question, ...asked.answer }
          : {
              question,
              conversation,
              asked: asked.asked,
              followUp: asked.followUp,
              ...asked.answer,
            };
    } catch (error) {
      // A bug in the engine must not shift the following answers out of line with their questions.
      failed++;
      await writeLine(io.stderr, `Failed to answer ${JSON.stringify(question)}: ${String(error)}`);
      out = {
        question,
        ...(conversation === undefined ? {} : { conversation }),
        ...failureAnswer(),
      };
    }
    await writeLine(io.stdout, JSON.stringify(out));
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
