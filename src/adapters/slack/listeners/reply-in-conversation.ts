import type { AllMiddlewareArgs } from "@slack/bolt";
import { parseAskText, stripBotMention } from "../ask-request.js";
import { buildReply, errorReply, rateLimitNotice } from "../build-reply.js";
import type { SlackReply } from "../format/slack-reply.js";
import { type SlackDeps, userKey } from "../slack-deps.js";
import { guardListener } from "./guard-listener.js";

/** A message addressed to the bot: a mention in a channel or a DM. */
export interface IncomingMessage {
  listener: string;
  team: string | undefined;
  user: string;
  channel: string;
  text: string;
  /** Where the answer goes: a thread's ts, or undefined for the conversation itself. */
  threadTs: string | undefined;
  botUserId: string | undefined;
}

/**
 * Answers a mention or DM in the conversation (in the thread when `threadTs` is set).
 * Over the rate limit, or on failure, only the asker sees the notice (chat.postEphemeral, in the
 * same thread), so a busy channel is not filled with "slow down" messages.
 */
export async function replyInConversation(
  message: IncomingMessage,
  deps: SlackDeps,
  client: AllMiddlewareArgs["client"],
): Promise<void> {
  const { channel, user, threadTs } = message;
  const tellAsker = (reply: SlackReply) =>
    deps.delivery.postEphemeral(client, {
      channel,
      user,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      ...reply,
    });
  await guardListener(
    deps.logger,
    { listener: message.listener, team: message.team, user, channel, thread_ts: threadTs },
    async () => {
      const notice = rateLimitNotice(deps, userKey(message.team, user));
      if (notice) {
        await tellAsker(notice);
        return;
      }
      const text = stripBotMention(message.text, message.botUserId);
      const reply = buildReply(parseAskText(text), deps, {
        restate: false,
        shareable: false,
        where: { team: message.team, user, channel, ...(threadTs ? { threadTs } : {}) },
      });
      await deps.delivery.postMessage(client, {
        channel,
        ...(threadTs ? { thread_ts: threadTs } : {}),
        ...reply,
        unfurl_links: false,
        unfurl_media: false,
      });
    },
    (error) => tellAsker(errorReply(error)),
  );
}
