import { randomUUID } from "node:crypto";
import { userInfo } from "node:os";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { ConversationConfig } from "../../config/load-config.js";
import { CONVERSATION, type Engine } from "../../core/index.js";
import { disabledQuestionLog, type QuestionLog } from "../../log/question-log.js";
import type { Logger } from "../../logger.js";
import {
  type ConversationService,
  createConversationService,
} from "../shared/conversations/conversation-service.js";
import { formatBanner } from "./banner.js";
import { type CommandContext, commands } from "./commands/index.js";
import { completeLine } from "./complete-line.js";
import { handleLine } from "./handle-line.js";
import { createStyle, wantsColor } from "./style.js";

export interface TerminalChatOptions {
  engine: Engine;
  input: Readable;
  output: Writable;
  /** Defaults to: output is a TTY and NO_COLOR is unset. */
  color?: boolean;
  /** Where a failing line is reported; the chat itself carries on. */
  logger?: Logger;
  prompt?: string;
  /** Where questions and /good, /bad go (default: nowhere). */
  log?: QuestionLog;
  /** How long the chat remembers its context (default: 10 minutes). */
  conversations?: ConversationConfig;
  /** The clock for the conversation's quiet spell (tests move it). */
  now?: () => number;
}

export const PROMPT = "ask> ";
const SORRY = "Sorry, something went wrong answering that. Please try again or ask another way.";

/**
 * Runs the chat until /quit, Ctrl-D (end of input) or Ctrl-C; resolves when it has ended.
 * Streams are injected so tests can drive it with PassThrough streams.
 */
export function startTerminalChat(options: TerminalChatOptions): Promise<void> {
  const { engine, input, output, logger, prompt = PROMPT } = options;
  const style = createStyle(options.color ?? wantsColor(output as NodeJS.WritableStream));
  const quiet = createMemoryLoggerFallback(logger);
  const conversations: ConversationService = createConversationService({
    engine,
    log: options.log ?? disabledQuestionLog(),
    config: options.conversations ?? { idleMs: CONVERSATION.idleMs, max: 1 },
    logger: quiet,
    ...(options.now ? { now: options.now } : {}),
  });
  const context: CommandContext = {
    engine,
    style,
    commands,
    scope: {},
    conversations,
    session: { key: `terminal:${randomUUID()}`, userId: terminalUser() },
  };
  const isTTY = (input as { isTTY?: boolean }).isTTY === true;

  const rl = createInterface({
    input,
    output,
    prompt,
    terminal: isTTY && (output as { isTTY?: boolean }).isTTY === true,
    completer: (line: string) => completeLine(line, engine, commands, context.scope),
  });

  return new Promise<void>((resolve) => {
    let ended = false;
    let quitting = false;
    const say = (text: string): void => {
      if (!ended) output.write(`${text}\n`);
    };

    // Lines are handled one after another, even when a command waits (/bad looks the answer up).
    let queue: Promise<void> = Promise.resolve();
    const handle = async (line: string): Promise<void> => {
      if (ended || quitting) return;
      let quit = false;
      try {
        const result = await handleLine(line, context);
        say(result.output);
        quit = result.quit === true;
      } catch (error) {
        logger?.error("terminal chat failed to handle a line", { error });
        say(SORRY);
      }
      if (quit) {
        quitting = true;
        rl.close();
      } else if (!closing) {
        rl.prompt();
      }
    };
    let closing = false;
    rl.on("line", (line) => {
      queue = queue.then(() => handle(line));
    });
    // Ctrl-C at the prompt leaves like Ctrl-D instead of leaving the terminal in raw mode.
    rl.on("SIGINT", () => rl.close());
    rl.on("close", () => {
      closing = true;
      void queue.then(() => {
        // Ctrl-D leaves the cursor after the prompt; end that line before the shell's prompt.
        if (!ended && !quitting) output.write("\n");
        ended = true;
        resolve();
      });
    });

    say(formatBanner(engine.about(), style));
    rl.prompt();
  });
}

/** Whoever runs the chat, for the log (hashed there); "terminal" when the OS won't say. */
function terminalUser(): string {
  try {
    return userInfo().username;
  } catch {
    return "terminal";
  }
}

/** Conversation errors go to the chat's logger, or nowhere when it has none. */
function createMemoryLoggerFallback(logger: Logger | undefined): Logger {
  return logger ?? { info: () => undefined, warn: () => undefined, error: () => undefined };
}
