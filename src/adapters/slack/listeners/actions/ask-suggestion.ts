import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
} from "@slack/bolt";
import { parseAskText } from "../../ask-request.js";
import { buildReply, errorReply, rateLimitNotice } from "../../build-reply.js";
import type { SlackReply } from "../../format/slack-reply.js";
import { type SlackDeps, userKey } from "../../slack-deps.js";
import { guardListener } from "../guard-listener.js";

/**
 * A suggested-question button (shown when the bot abstains): answers that question for the
 * clicker only, with a share button, leaving the message with the suggestions in place.
 */
export function askSuggestion(deps: SlackDeps) {
  return async ({
    ack,
    action,
    body,
  }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>): Promise<void> => {
    const user = body.user.id;
    // A reply beside the message with the suggestions, which stay in place.
    const respond = (reply: SlackReply) =>
      deps.delivery.respond(body.response_url, {
        response_type: "ephemeral",
        replace_original: false,
        ...reply,
      });
    await guardListener(
      deps.logger,
      {
        listener: "action ask_suggestion",
        team: body.team?.id,
        user,
        channel: body.channel?.id,
      },
      async () => {
        await ack();
        const notice = rateLimitNotice(deps, userKey(body.team?.id, user));
        const reply =
          notice ??
          buildReply(parseAskText(action.value ?? ""), deps, {
            restate: true,
            shareable: true,
            where: { team: body.team?.id, user, channel: body.channel?.id ?? "-" },
          });
        await respond(reply);
      },
      (error) => respond(errorReply(error)),
    );
  };
}
