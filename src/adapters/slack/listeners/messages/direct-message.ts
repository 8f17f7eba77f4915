import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { SlackDeps } from "../../slack-deps.js";
import { replyInConversation } from "../reply-in-conversation.js";

/**
 * A message in the bot's DM: answered in the DM (in the thread, if it was written in one).
 * Edits, joins and other subtypes, bot messages and the app's own are ignored.
 */
export function directMessage(deps: SlackDeps) {
  return async ({
    message,
    context,
    client,
    body,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<"message">): Promise<void> => {
    if (message.subtype !== undefined || message.channel_type !== "im") return;
    if (message.bot_id || !message.user || message.user === context.botUserId) return;
    await replyInConversation(
      {
        listener: "message im",
        team: body.team_id,
        user: message.user,
        channel: message.channel,
        text: message.text ?? "",
        threadTs: message.thread_ts,
        botUserId: context.botUserId,
      },
      deps,
      client,
    );
  };
}
