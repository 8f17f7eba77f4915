import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { SlackDeps } from "../../slack-deps.js";
import { replyInConversation } from "../reply-in-conversation.js";

/**
 * `@bot question` in a channel: the answer goes in a thread under the message, or in the
 * thread it was asked in. Mentions by other bots are ignored, so two bots can't loop.
 * (Slack never sends app_mention for DMs; the message listener answers those.)
 */
export function appMention(deps: SlackDeps) {
  return async ({
    event,
    context,
    client,
    body,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<"app_mention">): Promise<void> => {
    if (event.bot_id || event.subtype || !event.user) return;
    await replyInConversation(
      {
        listener: "event app_mention",
        team: body.team_id,
        user: event.user,
        channel: event.channel,
        text: event.text,
        threadTs: event.thread_ts ?? event.ts,
        botUserId: context.botUserId,
      },
      deps,
      client,
    );
  };
}
