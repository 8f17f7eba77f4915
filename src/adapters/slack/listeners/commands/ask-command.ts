import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { parseAskText } from "../../ask-request.js";
import { buildReply, errorReply, rateLimitNotice } from "../../build-reply.js";
import { type SlackDeps, userKey } from "../../slack-deps.js";
import { guardListener } from "../guard-listener.js";

/**
 * `/ask …`: acknowledged at once (Slack waits 3 s), then answered through the response_url,
 * visible only to the asker, with a "Share in channel" button.
 */
export function askCommand(deps: SlackDeps) {
  return async ({
    ack,
    command,
    respond,
  }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    await guardListener(
      deps.logger,
      {
        listener: "command /ask",
        team: command.team_id,
        user: command.user_id,
        channel: command.channel_id,
      },
      async () => {
        await ack();
        const notice = rateLimitNotice(deps, userKey(command.team_id, command.user_id));
        const reply =
          notice ??
          buildReply(parseAskText(command.text), deps, {
            restate: true,
            shareable: true,
            where: { team: command.team_id, user: command.user_id, channel: command.channel_id },
          });
        await respond({ response_type: "ephemeral", ...reply });
      },
      () => respond({ response_type: "ephemeral", ...errorReply() }),
    );
  };
}
