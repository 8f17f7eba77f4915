import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { ACTION_IDS } from "../../format/slack-reply.js";
import type { SlackDeps } from "../../slack-deps.js";
import { askSuggestion } from "./ask-suggestion.js";
import { giveFeedback } from "./give-feedback.js";
import { shareAnswer } from "./share-answer.js";

export function register(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.share, shareAnswer(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.suggestionPattern, askSuggestion(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.feedbackPattern, giveFeedback(deps));
}
