import { type Answer, type ConversationState, converse, type Engine } from "../../core/index.js";
import type { EvalConversation, EvalTurn } from "./conversation-file.js";
import { refMatches, type Tally } from "./score.js";

const MINUTE = 60_000;

export interface TurnResult {
  conversation: string;
  kind: string;
  turn: number;
  question: string;
  /** What the engine was asked (a follow-up with its context read in). */
  asked: string;
  answer: Answer;
  /** With conversations (this build). */
  correct: boolean;
  /** Each turn asked on its own, as the bot did before it kept conversations. */
  correctAlone: boolean;
}

export interface ConversationSummary {
  conversations: number;
  /** Turns after the first of each conversation: the follow-ups. */
  followUps: { withContext: Tally; alone: Tally };
  allTurns: { withContext: Tally; alone: Tally };
  byKind: Record<string, { withContext: Tally; alone: Tally }>;
  misses: TurnResult[];
}

/** Whether `answer` (asked as `asked`, `question` typed) is right for `turn`. */
export function turnIsRight(turn: EvalTurn, answer: Answer, asked: string): boolean {
  const fromArticle =
    turn.article === undefined || answer.sources.some((s) => s.article === turn.article);
  if (turn.fresh) return asked === turn.question;
  if (turn.verdict) {
    const head = turn.verdict === "yes" ? "Yes." : "No.";
    return answer.answered && answer.short.startsWith(head) && fromArticle;
  }
  if (turn.summary) {
    return (
      answer.answered &&
      answer.sources.length > 1 &&
      answer.sources.every((s) => s.article === turn.summary)
    );
  }
  const expect = turn.expect ?? [];
  if (expect.length === 0) return !answer.answered;
  return (
    answer.answered &&
    fromArticle &&
    answer.refs.some((ref) => expect.some((e) => refMatches(ref, e)))
  );
}

/**
 * Plays each conversation through `converse`, turn by turn with the clock moving as the file
 * says, and asks each turn on its own too (the bot before conversations), scoring both.
 */
export function scoreConversations(
  engine: Engine,
  conversations: readonly EvalConversation[],
): TurnResult[] {
  const results: TurnResult[] = [];
  for (const c of conversations) {
    let state: ConversationState | undefined;
    let now = 0;
    c.turns.forEach((turn, i) => {
      now += (turn.gapMinutes ?? 1) * MINUTE;
      const result = converse(engine, state, turn.question, { now });
      state = result.state;
      const alone = engine.answer(turn.question);
      results.push({
        conversation: c.id,
        kind: c.kind,
        turn: i,
        question: turn.question,
        asked: result.asked,
        answer: result.answer,
        correct: turnIsRight(turn, result.answer, result.asked),
        correctAlone: turnIsRight(turn, alone, turn.question),
      });
    });
  }
  return results;
}

const tally = (flags: readonly boolean[]): Tally => {
  const correct = flags.filter(Boolean).length;
  return { correct, total: flags.length, rate: flags.length === 0 ? 1 : correct / flags.length };
};
const both = (rs: readonly TurnResult[]) => ({
  withContext: tally(rs.map((r) => r.correct)),
  alone: tally(rs.map((r) => r.correctAlone)),
});

export function summariseConversations(results: readonly TurnResult[]): ConversationSummary {
  const followUps = results.filter((r) => r.turn > 0);
  const kinds = [...new Set(results.map((r) => r.kind))].sort();
  return {
    conversations: new Set(results.map((r) => r.conversation)).size,
    followUps: both(followUps),
    allTurns: both(results),
    byKind: Object.fromEntries(kinds.map((k) => [k, both(followUps.filter((r) => r.kind === k))])),
    misses: results.filter((r) => !r.correct),
  };
}
