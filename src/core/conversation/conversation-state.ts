import type { Mention } from "../engine-types.js";

/** One answered (or abstained) turn, as much of it as a follow-up needs. */
export interface ConversationTurn {
  /** As the user typed it. */
  question: string;
  /** As it was put to the engine, with "he" or "that" read ("what did Prak Sokhonn ask Oh Keo-don"). */
  asked: string;
  answered: boolean;
  /** The direct answer ("Monday"). */
  short: string;
  /** The article the answer came from, when it came from one. */
  article?: string;
  /** Entities the asked question named, in its order: a follow-up's "he" is most likely the first. */
  named: Mention[];
  /** Entities the answer and its supporting sentence named that the question did not. */
  answerNamed: Mention[];
}

/**
 * What a conversation remembers between turns: plain data, passed in and returned, so the
 * core keeps no state and the adapter decides where (and how long) it is held.
 */
export interface ConversationState {
  /** The last few turns, oldest first. */
  turns: ConversationTurn[];
  /** The article of the last answer: unscoped follow-ups stay with it. */
  article?: string;
  /** Clock time (ms) of the last turn. */
  lastActive: number;
}

/** How many turns a conversation keeps: follow-ups reach back one or two. */
export const KEPT_TURNS = 3;

export function newConversation(now: number): ConversationState {
  return { turns: [], lastActive: now };
}

/** True when the conversation has been quiet for longer than `idleMs`: its context no longer holds. */
export function isExpired(state: ConversationState, now: number, idleMs: number): boolean {
  return now - state.lastActive > idleMs;
}

/** The state after `turn`: the turn appended (the oldest dropped), the article moved to the answer's. */
export function withTurn(
  state: ConversationState,
  turn: ConversationTurn,
  now: number,
): ConversationState {
  const turns = [...state.turns, turn].slice(-KEPT_TURNS);
  const article = turn.article ?? state.article;
  return { turns, lastActive: now, ...(article === undefined ? {} : { article }) };
}

/** The most recent turn, if any. */
export function lastTurn(state: ConversationState): ConversationTurn | undefined {
  return state.turns.at(-1);
}
