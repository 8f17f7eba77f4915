import { PassThrough } from "node:stream";
import {
  startTerminalChat,
  type TerminalChatOptions,
} from "../../../src/adapters/terminal/index.js";
import { type Answer, createEngine, type Engine } from "../../../src/core/index.js";
import { loadCorpus } from "../../../src/data/load-knowledge.js";
import { FIXTURE_DATA_DIR } from "../../fixtures/knowledge-dir.js";

/** Test helpers: the real engine on the repo's data, and a chat driven by in-memory streams. */

const DATA_DIR = FIXTURE_DATA_DIR;
export const corpus = loadCorpus(DATA_DIR);
export const engine = createEngine(corpus);
export const article = corpus[0]?.article ?? { id: "", title: "", source: "" };

/** Types `text` into a chat, closes the input (Ctrl-D) and returns everything it printed. */
export async function chat(
  text: string,
  options: Partial<TerminalChatOptions> = {},
): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.setEncoding("utf8").on("data", (chunk: string) => {
    printed += chunk;
  });
  const ended = startTerminalChat({ engine, input, output, ...options });
  input.end(text);
  await ended;
  return printed;
}

/** What the chat printed in answer to each prompt, after the banner. */
export function replies(printed: string): string[] {
  return printed
    .split("ask> ")
    .slice(1)
    .map((r) => r.trim());
}

export function answerOf(overrides: Partial<Answer>): Answer {
  return {
    answered: false,
    answer: "",
    short: "",
    confidence: 0,
    kind: "none",
    sources: [],
    suggestions: [],
    refs: [],
    ...overrides,
  };
}

/** An engine whose answer() is replaced, the rest real. */
export function engineWith(answer: Engine["answer"]): Engine {
  return { ...engine, answer };
}
