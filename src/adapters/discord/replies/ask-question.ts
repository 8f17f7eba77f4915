import type { BotContext } from "../context.js";
import { answerMessage } from "../format/answer-message.js";
import { helpMessage } from "../format/help-message.js";
import type { MessageParts } from "../format/message-parts.js";
import { cleanQuestion } from "../format/question-text.js";

export type AskOutcome =
  /** The question was empty: the user gets help instead. */
  | { kind: "help"; parts: MessageParts }
  /** The user asked too often; `parts` is the polite notice. */
  | { kind: "rate-limited"; parts: MessageParts }
  | { kind: "answer"; parts: MessageParts };

/** "a few seconds" style wait, rounded up so the user never retries too early. */
export function rateLimitNotice(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You're asking faster than I can keep up. Please wait ${seconds} second${seconds === 1 ? "" : "s"} and ask again.`;
}

/**
 * The one question flow that /ask, suggestion buttons, mentions and DMs share:
 * empty → help, over the per-user limit → a notice, otherwise the engine's answer.
 */
export function askQuestion(context: BotContext, userId: string, rawQuestion: string): AskOutcome {
  const { engine, limiter } = context;
  const question = cleanQuestion(rawQuestion);
  if (!question) return { kind: "help", parts: helpMessage(engine.about()) };
  if (!limiter.take(userId)) {
    return {
      kind: "rate-limited",
      parts: { content: rateLimitNotice(limiter.retryAfterMs(userId)) },
    };
  }
  const answer = engine.answer(question);
  return { kind: "answer", parts: answerMessage(question, answer, engine.about()) };
}
