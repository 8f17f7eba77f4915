export {
  type ConversationState,
  type ConversationTurn,
  isExpired,
  newConversation,
} from "./conversation-state.js";
export { CONVERSATION, type ConverseOptions, type ConverseResult, converse } from "./converse.js";
export { type FollowUpKind, type FollowUpReading, readFollowUp } from "./read-follow-up.js";
