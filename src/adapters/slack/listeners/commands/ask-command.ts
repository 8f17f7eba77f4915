import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { parseAskText } from "../../ask-request.js";
import { buildReply, errorReply, rateLimitNotice } from "../../build-reply.js";
import type { SlackReply } from "../../format/slack-reply.js";
import { runIngestCommand } from "../../ingest-command.js";
import { type SlackDeps, userKey } from "../../slack-deps.js";
import { guardListener } from "../guard-listener.js";

/**
 * `/ask …`: acknowledged at once (Slack waits 3 s), then answered through the response_url,
 * visible only to the asker, with a "Share in channel" button. `/ask ingest <url>` adds an
 * article instead, for the users the operator allows.
 */
export function askCommand(deps: SlackDeps) {
  return async ({
    ack,
    client,
    command,
  }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    const respond = (reply: SlackReply) =>
      deps.delivery.respond(command.response_url, { response_type: "ephemeral", ...reply });
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
        const request = parseAskText(command.text);
        if (request.kind === "ingest") {
          const who = { team: command.team_id, user: command.user_id };
          await runIngestCommand(request.url, who, deps, client, respond);
          return;
        }
        const notice = rateLimitNotice(deps, userKey(command.team_id, command.user_id));
        const reply =
          notice ??
          buildReply(request, deps, {
            restate: true,
            shareable: true,
            where: { team: command.team_id, user: command.user_id, channel: command.channel_id },
          });
        await respond(reply);
      },
      (error) => respond(errorReply(error)),
    );
  };
}
