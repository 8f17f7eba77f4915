import { splitArticlePrefix } from "../../shared/article-prefix.js";
import type { AskPlace } from "../../shared/conversations/conversation-service.js";
import { findArticle } from "../../shared/find-article.js";
import type { BotContext } from "../context.js";
import { answerMessage } from "../format/answer-message.js";
import { articleNoticeMessage } from "../format/article-notice.js";
import { helpMessage } from "../format/help-message.js";
import type { MessageParts } from "../format/message-parts.js";
import { cleanQuestion } from "../format/question-text.js";

export type AskOutcome =
  /** The question was empty: the user gets help instead. */
  | { kind: "help"; parts: MessageParts }
  /** An `in:` prefix that names no single article; `parts` lists the articles. */
  | { kind: "unknown-article"; parts: MessageParts }
  /** The user asked too often; `parts` is the polite notice. */
  | { kind: "rate-limited"; parts: MessageParts }
  | { kind: "answer"; parts: MessageParts };

/** "a few seconds" style wait, rounded up so the user never retries too early. */
export function rateLimitNotice(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You're asking faster than I can keep up. Please wait ${seconds} second${seconds === 1 ? "" : "s"} and ask again.`;
}

/** Who asked, and where: one conversation is one user in one channel, thread or DM. */
export interface DiscordAsker {
  userId: string;
  channelId: string;
  /** Null in a DM. */
  guildId: string | null;
  /** True when the channel is a thread. */
  thread: boolean;
}

/** The conversation a Discord question belongs to, for the conversation service. */
export function askPlace(asker: DiscordAsker, article?: string): AskPlace {
  return {
    platform: "discord",
    conversationKind: asker.guildId === null ? "dm" : asker.thread ? "thread" : "channel",
    conversationKey: `discord:${asker.guildId ?? "dm"}:${asker.channelId}:${asker.userId}`,
    userId: asker.userId,
    ...(article ? { article } : {}),
  };
}

/**
 * The one question flow that /ask, suggestion buttons, mentions and DMs share:
 * empty → help, over the per-user limit → a notice, otherwise the engine's answer
 * (from one article when `article`, a known id, is given, or the text starts with `in:<article>`).
 */
export function askQuestion(
  context: BotContext,
  asker: DiscordAsker,
  rawQuestion: string,
  article?: string,
): AskOutcome {
  const { engine, limiter } = context;
  const { userId } = asker;
  const about = engine.about();
  const scoped = article === undefined ? splitArticlePrefix(cleanQuestion(rawQuestion)) : undefined;
  const question = scoped ? scoped.rest : cleanQuestion(rawQuestion);
  if (scoped?.article !== undefined) {
    const match = findArticle(about.articles, scoped.article);
    if (match.kind !== "found") {
      const parts = articleNoticeMessage(scoped.article, match, about, "prefix");
      return { kind: "unknown-article", parts };
    }
    article = match.article.id;
  }
  if (!question) return { kind: "help", parts: helpMessage(about) };
  if (!limiter.take(userId)) {
    return {
      kind: "rate-limited",
      parts: { content: rateLimitNotice(limiter.retryAfterMs(userId)) },
    };
  }
  // Follow-ups read against this user's earlier turns here; the question is logged.
  const asked = context.conversations.ask(question, askPlace(asker, article));
  return { kind: "answer", parts: answerMessage(question, asked.answer, about, article, asked.id) };
}
