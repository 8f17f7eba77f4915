import type { webApi } from "@slack/bolt";
import type { Logger } from "../../../logger.js";
import { createChannelHolds } from "./channel-holds.js";
import {
  DELIVERY_DEFAULTS,
  type DeliveryPolicy,
  realSleep,
  type Sleep,
} from "./delivery-policy.js";
import { postToResponseUrl, type ResponseMessage } from "./post-to-response-url.js";
import { type RetryTools, sendWithRetries } from "./send-with-retries.js";

type PostMessageArgs = Parameters<webApi.WebClient["chat"]["postMessage"]>[0];
type PostEphemeralArgs = Parameters<webApi.WebClient["chat"]["postEphemeral"]>[0];

/** Every reply the app sends goes through here, so all of them follow one retry policy. */
export interface Delivery {
  /** Posts for everyone in the channel: sent at most once. */
  postMessage(client: webApi.WebClient, args: PostMessageArgs): Promise<void>;
  /** Posts for one user in the channel. */
  postEphemeral(client: webApi.WebClient, args: PostEphemeralArgs): Promise<void>;
  /** Posts to a slash command's or button's response_url, with a time limit. */
  respond(responseUrl: string, message: ResponseMessage): Promise<void>;
  /** Runs a call that changes nothing in Slack (auth.test at start-up): retried on any transient failure. */
  readOnly<T>(what: string, call: () => Promise<T>): Promise<T>;
}

export interface DeliveryOptions {
  logger: Logger;
  policy?: Partial<DeliveryPolicy>;
  sleep?: Sleep;
}

/**
 * Builds the app's Delivery. The Web API client it is handed must not retry on its own
 * (`retryConfig: { retries: 0 }`, `rejectRateLimitedCalls: true`): the retries are decided here.
 *
 * @example const delivery = createDelivery({ logger });
 *          await delivery.respond(command.response_url, { response_type: "ephemeral", ...reply });
 */
export function createDelivery({
  logger,
  policy = {},
  sleep = realSleep,
}: DeliveryOptions): Delivery {
  const tools: RetryTools = {
    policy: { ...DELIVERY_DEFAULTS, ...policy },
    sleep,
    holds: createChannelHolds(sleep),
    logger,
  };
  return {
    async postMessage(client, args) {
      await sendWithRetries(
        () => client.chat.postMessage(args),
        {
          what: "chat.postMessage",
          repeatable: false,
          holdKey: `chat.postMessage:${args.channel}`,
          context: { channel: args.channel },
        },
        tools,
      );
    },
    async postEphemeral(client, args) {
      await sendWithRetries(
        () => client.chat.postEphemeral(args),
        {
          what: "chat.postEphemeral",
          repeatable: true,
          holdKey: `chat.postEphemeral:${args.channel}`,
          context: { channel: args.channel, user: args.user },
        },
        tools,
      );
    },
    async respond(responseUrl, message) {
      await sendWithRetries(
        () => postToResponseUrl(responseUrl, message, tools.policy.responseUrlTimeoutMs),
        {
          what: "response_url",
          // Only the asker sees an ephemeral, and a replacement replaces itself: a copy is harmless.
          repeatable: message.response_type !== "in_channel" || message.replace_original === true,
          context: { response_type: message.response_type ?? "ephemeral" },
        },
        tools,
      );
    },
    readOnly(what, call) {
      return sendWithRetries(call, { what, repeatable: true }, tools);
    },
  };
}
