import type { Answer } from "../answer.js";
import { answerYesNo } from "../answer-yes-no.js";
import type { AskOptions, Engine, Mention } from "../engine-types.js";
import { type QuestionForm, questionForm } from "../question-form.js";
import { summarizeArticle } from "../summarize-article.js";
import {
  type ConversationState,
  type ConversationTurn,
  isExpired,
  newConversation,
  withTurn,
} from "./conversation-state.js";
import { type FollowUpKind, readFollowUp } from "./read-follow-up.js";

/** The conversation's knobs, in one frozen object. */
export const CONVERSATION = Object.freeze({
  /** Context ends after this long without a turn, unless the adapter says otherwise. */
  idleMs: 10 * 60_000,
  /**
   * A question the conversation's article cannot answer is answered from another article only
   * from this confidence on: a clear answer elsewhere, not a stray word.
   */
  switchArticleConfidence: 0.7,
});

export interface ConverseOptions {
  /** Clock time in ms (the caller's clock: the core reads none). */
  now: number;
  /** Quiet spell after which the context is forgotten; default CONVERSATION.idleMs. */
  idleMs?: number;
  /** An article the user picked for this question (a slash command option, `in:`, /article). */
  article?: string;
}

export interface ConverseResult {
  answer: Answer;
  /** The conversation after this turn: hand it back with the next question. */
  state: ConversationState;
  /** The question as put to the engine (equal to the question unless it was a follow-up). */
  asked: string;
  /** How the question leaned on the turns before it. */
  followUp: FollowUpKind;
  form: QuestionForm;
}

/**
 * One turn of a conversation: reads the question against the previous turns (their article,
 * the entities they named, the answer given), answers it through the Engine, and returns the
 * answer with the new state. Pure: state in, state out; the clock is passed in.
 *
 * @example
 * let state: ConversationState | undefined;
 * ({ state } = converse(engine, state, "when did Sokhonn meet the mayor?", { now: Date.now() }));
 * converse(engine, state, "and what did he ask him?", { now: Date.now() }).asked
 * // "what did Prak Sokhonn ask Oh Keo-don"
 */
export function converse(
  engine: Engine,
  previous: ConversationState | undefined,
  question: string,
  options: ConverseOptions,
): ConverseResult {
  const { now } = options;
  const idleMs = options.idleMs ?? CONVERSATION.idleMs;
  const state =
    previous === undefined || isExpired(previous, now, idleMs) ? newConversation(now) : previous;
  const context = options.article ?? state.article;
  // One turn reads the same texts more than once: each is analysed once.
  const seen = new Map<string, Mention[]>();
  const mentionsOf = (text: string): Mention[] => {
    let found = seen.get(text);
    if (!found) {
      found = engine.mentions(text);
      seen.set(text, found);
    }
    return found;
  };
  const reading = readFollowUp(question, { turns: state.turns, mentionsOf });
  const form = questionForm(question);

  let answer: Answer;
  let asked = reading.candidates[0] ?? question;
  if (form === "summary") {
    answer = summarizeArticle(
      engine,
      options.article ?? summaryArticle(mentionsOf, question, state),
    );
  } else {
    const tries = reading.candidates.map((candidate) => ({
      candidate,
      answer:
        form === "yes-no"
          ? answerYesNo(
              engine,
              candidate,
              scopeFor(mentionsOf, candidate, context, options.article),
            )
          : answerInContext(engine, mentionsOf, candidate, context, options.article),
    }));
    const best = pickBest(tries);
    answer = best.answer;
    asked = best.candidate;
  }

  const turn = turnOf(mentionsOf, question, asked, answer);
  return { answer, state: withTurn(state, turn, now), asked, followUp: reading.kind, form };
}

/**
 * The likeliest reading the engine answers; else the likeliest reading's abstention. Readings are
 * not ranked by confidence: it is the engine's probability that its best candidate answers that
 * text, so a looser reading that keeps more of the previous question's words ("how many
 * Cambodians work in Busan? in south korea") can score above the right one.
 */
function pickBest<T extends { answer: Answer }>(tries: readonly T[]): T {
  return tries.find((t) => t.answer.answered) ?? (tries[0] as T);
}

/**
 * Answers within the conversation's article unless the question names things only another
 * article knows; when that article cannot answer, another article's clear answer wins.
 */
function answerInContext(
  engine: Engine,
  mentionsOf: (text: string) => Mention[],
  question: string,
  context: string | undefined,
  picked: string | undefined,
): Answer {
  const scope = scopeFor(mentionsOf, question, context, picked);
  const answer = engine.answer(question, scope);
  if (answer.answered || picked !== undefined || scope.article === undefined) return answer;
  const open = engine.answer(question);
  return open.answered && open.confidence >= CONVERSATION.switchArticleConfidence ? open : answer;
}

/** The article to ask in: the one picked, else the conversation's unless the question names another's things. */
function scopeFor(
  mentionsOf: (text: string) => Mention[],
  question: string,
  context: string | undefined,
  picked: string | undefined,
): AskOptions {
  if (picked !== undefined) return { article: picked };
  if (context === undefined) return {};
  const named = mentionsOf(question);
  const elsewhere = named.length > 0 && named.every((m) => !m.articles.includes(context));
  return elsewhere ? {} : { article: context };
}

/** Which article "what is this article about" means: the conversation's, or the one the question names. */
function summaryArticle(
  mentionsOf: (text: string) => Mention[],
  question: string,
  state: ConversationState,
): string | undefined {
  const named = new Set(mentionsOf(question).flatMap((m) => m.articles));
  if (named.size === 1) return [...named][0];
  return state.article;
}

/** What the next turn needs to remember of this one. */
function turnOf(
  mentionsOf: (text: string) => Mention[],
  question: string,
  asked: string,
  answer: Answer,
): ConversationTurn {
  // An answer from two articles (or an overview of all) leaves the conversation's article as it was.
  const cited = new Set(answer.sources.map((s) => s.article));
  const article = answer.answered && cited.size === 1 ? [...cited][0] : undefined;
  // Of the names, those the answer's article knows (a name two articles share is read there).
  const inArticle = (m: Mention) => article === undefined || m.articles.includes(article);
  const named = mentionsOf(asked).filter(inArticle);
  const spoken = [answer.short, ...answer.sources.slice(0, 1).map((s) => s.text)].join(" ");
  const answerNamed = answer.answered
    ? mentionsOf(spoken)
        .filter(inArticle)
        .filter((m) => !named.some((n) => n.name === m.name))
    : [];
  return {
    question,
    asked,
    answered: answer.answered,
    short: answer.short,
    ...(article ? { article } : {}),
    named,
    answerNamed,
  };
}
