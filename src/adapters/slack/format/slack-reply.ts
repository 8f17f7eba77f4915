import type { types } from "@slack/bolt";

/** A message ready for respond(), chat.postMessage or chat.postEphemeral. */
export interface SlackReply {
  /** Fallback / notification text, already escaped. */
  text: string;
  blocks: types.KnownBlock[];
}

/** Action ids of the buttons the bot sends; listeners match on these. */
export const ACTION_IDS = Object.freeze({
  share: "share_answer",
  /** Suggestion buttons sit in one actions block, where ids must differ: `ask_suggestion_0`, `_1`… */
  suggestionPrefix: "ask_suggestion_",
  suggestionPattern: /^ask_suggestion_\d+$/,
  /** 👍 and 👎 under an answer; the value is the question's id. */
  feedbackUp: "feedback_up",
  feedbackDown: "feedback_down",
  feedbackPattern: /^feedback_(up|down)$/,
});
