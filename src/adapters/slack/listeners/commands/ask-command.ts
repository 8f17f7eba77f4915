import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { parseAskText } from "../../ask-request.js";
import { buildReply, errorReply, rateLimitNotice } from "../../build-reply.js";
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
        const request = parseAskText(command.text);
        if (request.kind === "ingest") {
          const who = { team: command.team_id, user: command.user_id };
          await runIngestCommand(request.url, who, deps, client, (reply) =>
            respond({ response_type: "ephemeral", ...reply }),
          );
          return;
        }
        const notice = rateLimitNotice(deps, userKey(command.team_id, command.user_id));
        const reply = notice ?? buildReply(request, deps, { restate: true, shareable: true });
        await respond({ response_type: "ephemeral", ...reply });
      },
      () => respond({ response_type: "ephemeral", ...errorReply() }),
    );
  };
}
