import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
} from "@slack/bolt";
import { parseAskText } from "../../ask-request.js";
import { buildReply, errorReply, rateLimitNotice } from "../../build-reply.js";
import type { ResponseMessage } from "../../delivery/post-to-response-url.js";
import type { SlackReply } from "../../format/slack-reply.js";
import { type SlackDeps, userKey } from "../../slack-deps.js";
import { guardListener } from "../guard-listener.js";

/** The bot can post through chat.postMessage only where it is a member; else the response_url. */
const NOT_A_MEMBER = new Set(["not_in_channel", "channel_not_found"]);

/**
 * "Share in channel": answers the button's value again and posts it for everyone, then
 * replaces the asker's private copy with one saying it was shared (so it isn't shared twice).
 */
export function shareAnswer(deps: SlackDeps) {
  return async ({
    ack,
    action,
    body,
    client,
  }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>): Promise<void> => {
    const user = body.user.id;
    const channel: string | undefined = body.channel?.id ?? body.container?.["channel_id"];
    const respond = (message: ResponseMessage) => deps.delivery.respond(body.response_url, message);
    await guardListener(
      deps.logger,
      { listener: "action share_answer", team: body.team?.id, user, channel },
      async () => {
        await ack();
        const notice = rateLimitNotice(deps, userKey(body.team?.id, user));
        if (notice) {
          await respond({ response_type: "ephemeral", replace_original: false, ...notice });
          return;
        }
        const request = parseAskText(action.value ?? "");
        const shared = buildReply(request, deps, {
          restate: true,
          shareable: false,
          footer: `Shared by <@${safeId(user)}>`,
        });
        await postInChannel(shared, channel, { deps, client, respond });
        const mine = buildReply(request, deps, {
          restate: true,
          shareable: false,
          footer: "You shared this in the channel.",
        });
        await respond({ response_type: "ephemeral", replace_original: true, ...mine });
      },
      (error) =>
        respond({ response_type: "ephemeral", replace_original: false, ...errorReply(error) }),
    );
  };
}

interface PostTools {
  deps: SlackDeps;
  client: AllMiddlewareArgs["client"];
  respond: (message: ResponseMessage) => Promise<void>;
}

async function postInChannel(
  reply: SlackReply,
  channel: string | undefined,
  { deps, client, respond }: PostTools,
): Promise<void> {
  if (channel) {
    try {
      await deps.delivery.postMessage(client, {
        channel,
        ...reply,
        unfurl_links: false,
        unfurl_media: false,
      });
      return;
    } catch (error) {
      const code = (error as { data?: { error?: string } }).data?.error;
      if (!code || !NOT_A_MEMBER.has(code)) throw error;
    }
  }
  // Slash commands work in channels the bot hasn't joined; the response_url can still post there.
  await respond({ response_type: "in_channel", replace_original: false, ...reply });
}

/** User ids are `[A-Z0-9]`; anything else would let a forged value shape the mention. */
function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9]/g, "");
}
