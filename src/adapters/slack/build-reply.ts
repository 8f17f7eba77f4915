import type { AskOptions } from "../../core/index.js";
import { findArticle } from "../shared/find-article.js";
import type { AskRequest } from "./ask-request.js";
import { classifyFailure } from "./delivery/classify-failure.js";
import { answerReply } from "./format/answer-blocks.js";
import {
  aboutReply,
  articleNoticeReply,
  factsReply,
  helpReply,
  plainReply,
  quotesReply,
  tooLongReply,
  usageReply,
} from "./format/listing-blocks.js";
import type { SlackReply } from "./format/slack-reply.js";
import { type SlackDeps, type SlackWhere, slackPlace } from "./slack-deps.js";

export interface BuildOptions {
  /** Restate the question (slash commands and button answers, where nobody saw it typed). */
  restate: boolean;
  /** Add a "Share in channel" button (only on replies only the asker sees). */
  shareable: boolean;
  /** A trusted mrkdwn line under the reply, e.g. "Shared by <@U123>". */
  footer?: string;
  /**
   * Where the question was asked: it is then read as a turn of that conversation, logged, and
   * answered with 👍/👎 buttons. Without it (a shared answer) it is answered on its own.
   */
  where?: SlackWhere;
}

/**
 * Turns what the user asked into a Slack message by calling the engine's public API.
 * The share button carries the request as `/ask` text (with `in:<id>` when scoped), so a click
 * can answer it again; an article reference that fits no single article gets the list to pick from.
 */
export function buildReply(
  request: AskRequest,
  deps: SlackDeps,
  options: BuildOptions,
): SlackReply {
  const { engine, sourceNames } = deps;
  const footer = options.footer;
  let scope: AskOptions = {};
  if ("article" in request && request.article !== undefined) {
    const articles = engine.about().articles;
    const match = findArticle(articles, request.article);
    if (match.kind !== "found") return articleNoticeReply(request.article, match, articles);
    scope = { article: match.article.id };
  }
  const prefix = scope.article ? `in:${scope.article} ` : "";
  switch (request.kind) {
    case "usage":
      return usageReply();
    case "help":
      return helpReply(engine.about());
    case "too-long":
      return tooLongReply(request.length);
    case "ingest":
      // Only the /ask command adds articles: it answers privately and can take its time.
      return plainReply("To add an article, use the slash command: /ask ingest <web address>");
    case "about":
      return aboutReply(engine.about(), { footer, shareValue: share(options, "about") });
    case "facts":
      return factsReply(engine.facts(scope), {
        footer,
        shareValue: share(options, `${prefix}facts`),
      });
    case "quote": {
      const value = request.speaker ? `quote ${request.speaker}` : "quote";
      return quotesReply(engine.quotes(request.speaker, scope), {
        footer,
        shareValue: share(options, `${prefix}${value}`),
      });
    }
    case "question": {
      if (!options.where) {
        return answerReply(engine.answer(request.question, scope), sourceNames, {
          restate: options.restate ? request.question : undefined,
          shareValue: share(options, `${prefix}${request.question}`),
          suggestionPrefix: prefix,
          footer,
        });
      }
      const asked = deps.conversations.ask(
        request.question,
        slackPlace(options.where, scope.article),
      );
      return answerReply(asked.answer, sourceNames, {
        restate: options.restate ? request.question : undefined,
        // Shared on its own, a follow-up must carry what it was read as ("what did Kin Phea say").
        shareValue: share(options, `${prefix}${asked.asked}`),
        suggestionPrefix: prefix,
        footer,
        questionId: asked.id,
      });
    }
  }
}

/** Polite notice for a user over the rate limit. */
export function rateLimitedReply(retryAfterMs: number): SlackReply {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return plainReply(
    `You're asking quickly, so I'm pausing for a moment: please try again in ${seconds} second${seconds === 1 ? "" : "s"}.`,
  );
}

/**
 * What a user sees when answering failed. When the answer's post may have reached Slack (it timed
 * out), it is not sent again, so the notice says it may be there after all.
 */
export function errorReply(error?: unknown): SlackReply {
  if (error !== undefined && classifyFailure(error).kind === "may-have-landed") {
    return plainReply(
      "Sorry, I couldn't confirm that my answer was posted. If you don't see it, please ask again.",
    );
  }
  return plainReply("Sorry, something went wrong while answering. Please try again in a moment.");
}

/**
 * Takes one question from the user's allowance: the rate-limit notice when over it, else null.
 */
export function rateLimitNotice(deps: SlackDeps, key: string): SlackReply | null {
  if (deps.limiter.take(key)) return null;
  return rateLimitedReply(deps.limiter.retryAfterMs(key));
}

function share(options: BuildOptions, value: string): string | undefined {
  return options.shareable ? value : undefined;
}
