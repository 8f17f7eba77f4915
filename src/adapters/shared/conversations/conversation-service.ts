import type { ConversationConfig } from "../../../config/load-config.js";
import {
  type Alternative,
  type Answer,
  type ConversationState,
  type ConverseResult,
  converse,
  type Engine,
} from "../../../core/index.js";
import {
  type ConversationKind,
  newQuestionId,
  type Platform,
  type QuestionLog,
  type Verdict,
} from "../../../log/question-log.js";
import type { Logger } from "../../../logger.js";
import { BoundedMap } from "./bounded-map.js";

/** Where a question was asked, as the adapter knows it. */
export interface AskPlace {
  platform: Platform;
  conversationKind: ConversationKind;
  /** One user in one channel, thread, DM or terminal session: the key of the conversation. */
  conversationKey: string;
  userId: string;
  /** An article the user picked for this question. */
  article?: string;
}

export interface AskedQuestion extends ConverseResult {
  /** The question's id: feedback buttons carry it. */
  id: string;
}

/** What the bot says back to a 👍 or 👎. */
export type FeedbackReply =
  | { kind: "thanks" }
  | {
      kind: "alternatives";
      /** The question the 👎 was about, when it is still known. */
      question?: string;
      /** The next-best answers to it, best first. */
      alternatives: Alternative[];
      /** Questions the bot can answer. */
      suggestions: string[];
    };

/** The adapters' side of conversations: memory per conversation, the log, and feedback. */
export interface ConversationService {
  ask(question: string, place: AskPlace): AskedQuestion;
  feedback(
    questionId: string,
    verdict: Verdict,
    who: { platform: Platform; userId: string },
  ): Promise<FeedbackReply>;
  /** How many conversations are held now. */
  readonly size: number;
}

interface Remembered {
  asked: string;
  article?: string;
  answer: Answer;
}

/** Answers kept for feedback: a 👎 usually comes within minutes. */
const RECENT_ANSWERS = Object.freeze({ idleMs: 60 * 60_000, max: 5_000 });

/**
 * Holds each conversation's state in memory (bounded, forgotten after a quiet spell), answers
 * through the core's `converse`, logs every question, and turns a 👎 into the next-best answers.
 * Logging can fail: it is reported and the answer goes out all the same.
 */
export function createConversationService(deps: {
  engine: Engine;
  log: QuestionLog;
  config: ConversationConfig;
  logger: Logger;
  now?: () => number;
}): ConversationService {
  const { engine, log, config, logger } = deps;
  const now = deps.now ?? Date.now;
  const states = new BoundedMap<string, ConversationState>(config, now);
  const recent = new BoundedMap<string, Remembered>(RECENT_ANSWERS, now);

  const safely = (what: string, work: () => void): void => {
    try {
      work();
    } catch (error) {
      logger.error(`question log: ${what} failed; the answer goes on`, { error });
    }
  };

  return {
    get size() {
      return states.size;
    },
    ask(question, place) {
      const at = now();
      const result = converse(engine, states.get(place.conversationKey), question, {
        now: at,
        idleMs: config.idleMs,
        ...(place.article ? { article: place.article } : {}),
      });
      states.set(place.conversationKey, result.state);
      const id = newQuestionId();
      recent.set(id, {
        asked: result.asked,
        answer: result.answer,
        ...(place.article ? { article: place.article } : {}),
      });
      safely("recording a question", () =>
        log.recordQuestion({
          id,
          at: new Date(at),
          platform: place.platform,
          conversationKind: place.conversationKind,
          conversation: place.conversationKey,
          userId: place.userId,
          question,
          asked: result.asked,
          followUp: result.followUp,
          form: result.form,
          ...(place.article ? { articleScope: place.article } : {}),
          answer: result.answer,
        }),
      );
      return { id, ...result };
    },
    async feedback(questionId, verdict, who) {
      safely("recording feedback", () =>
        log.recordFeedback({ questionId, verdict, at: new Date(now()), ...who }),
      );
      if (verdict === "up") return { kind: "thanks" };
      let remembered = recent.get(questionId);
      if (!remembered) {
        const row = await log.findQuestion(questionId);
        if (row) {
          const scope = row.article_scope ? { article: row.article_scope } : {};
          remembered = { asked: row.asked, answer: engine.answer(row.asked, scope) };
        }
      }
      if (!remembered) {
        return {
          kind: "alternatives",
          alternatives: [],
          suggestions: engine.about().examples.slice(0, 3),
        };
      }
      const { answer } = remembered;
      const alternatives = answer.alternatives ?? [];
      const suggestions =
        answer.suggestions.length > 0 ? answer.suggestions : engine.about().examples.slice(0, 3);
      return { kind: "alternatives", question: remembered.asked, alternatives, suggestions };
    },
  };
}
