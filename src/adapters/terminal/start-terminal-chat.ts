import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Engine } from "../../core/index.js";
import type { Logger } from "../../logger.js";
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
  const context: CommandContext = { engine, style, commands, scope: {} };
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

    rl.on("line", (line) => {
      if (ended) return;
      let quit = false;
      try {
        const result = handleLine(line, context);
        say(result.output);
        quit = result.quit === true;
      } catch (error) {
        logger?.error("terminal chat failed to handle a line", { error });
        say(SORRY);
      }
      if (quit) {
        quitting = true;
        rl.close();
      } else {
        rl.prompt();
      }
    });
    // Ctrl-C at the prompt leaves like Ctrl-D instead of leaving the terminal in raw mode.
    rl.on("SIGINT", () => rl.close());
    rl.on("close", () => {
      // Ctrl-D leaves the cursor after the prompt; end that line before the shell's prompt.
      if (!ended && !quitting) output.write("\n");
      ended = true;
      resolve();
    });

    say(formatBanner(engine.about(), style));
    rl.prompt();
  });
}
