import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
} from "@slack/bolt";
import { errorReply } from "../../build-reply.js";
import { feedbackReply } from "../../format/feedback-blocks.js";
import { ACTION_IDS, type SlackReply } from "../../format/slack-reply.js";
import { type SlackDeps, userKey } from "../../slack-deps.js";
import { guardListener } from "../guard-listener.js";

/**
 * 👍 or 👎 under an answer: acknowledged at once, recorded in the question log, and answered to
 * the clicker only (through the response_url, or chat.postEphemeral when there is none, both by
 * the delivery policy); a 👎 gets the next-best answers.
 */
export function giveFeedback(deps: SlackDeps) {
  return async ({
    ack,
    action,
    body,
    client,
  }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>): Promise<void> => {
    const user = body.user.id;
    const channel: string | undefined = body.channel?.id ?? body.container?.["channel_id"];
    const threadTs: string | undefined =
      body.message?.["thread_ts"] ?? body.container?.["thread_ts"];
    const tellClicker = async (reply: SlackReply): Promise<void> => {
      if (body.response_url) {
        await deps.delivery.respond(body.response_url, {
          response_type: "ephemeral",
          replace_original: false,
          ...reply,
        });
      } else if (channel) {
        await deps.delivery.postEphemeral(client, {
          channel,
          user,
          ...(threadTs ? { thread_ts: threadTs } : {}),
          ...reply,
        });
      }
    };
    await guardListener(
      deps.logger,
      { listener: `action ${action.action_id}`, team: body.team?.id, user, channel },
      async () => {
        await ack();
        const verdict = action.action_id === ACTION_IDS.feedbackUp ? "up" : "down";
        const reply = await deps.conversations.feedback(action.value ?? "", verdict, {
          platform: "slack",
          userId: userKey(body.team?.id, user),
        });
        await tellClicker(feedbackReply(reply));
      },
      (error) => tellClicker(errorReply(error)),
    );
  };
}
