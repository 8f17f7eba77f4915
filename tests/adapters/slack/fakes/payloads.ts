import { createHmac } from "node:crypto";
import { BOT_USER_ID, TEAM_ID } from "./fake-slack.js";

export const SIGNING_SECRET = "test-secret";
export const CHANNEL_ID = "C0000CHAN";
export const DM_CHANNEL_ID = "D0000DM";

/** Slack's v0 signature: hex HMAC-SHA256 of `v0:${ts}:${rawBody}` with the signing secret. */
export function sign(rawBody: string, timestamp: number, secret = SIGNING_SECRET): string {
  const hmac = createHmac("sha256", secret).update(`v0:${timestamp}:${rawBody}`).digest("hex");
  return `v0=${hmac}`;
}

export interface SignedPostOptions {
  /** Unix seconds; default now. */
  timestamp?: number;
  /** Overrides the computed signature (to test rejection). */
  signature?: string;
  secret?: string;
  /** Extra headers, e.g. Slack's `x-slack-retry-num` on a redelivered event. */
  headers?: Record<string, string>;
}

/** The raw body and content type of one request, exactly as Slack sends it. */
export interface SlackRequest {
  body: string;
  contentType: string;
}

/** POSTs a request signed as Slack signs it; returns status and body text. */
export async function postSigned(
  url: string,
  request: SlackRequest,
  options: SignedPostOptions = {},
): Promise<{ status: number; text: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": request.contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": options.signature ?? sign(request.body, timestamp, options.secret),
      ...options.headers,
    },
    body: request.body,
    // An app that never answers fails the test here instead of at the test's own timeout.
    signal: AbortSignal.timeout(5000),
  });
  return { status: res.status, text: await res.text() };
}

const FORM = "application/x-www-form-urlencoded";

/** An interactivity request whose `payload` field is `raw`, verbatim (e.g. "null"). */
export function rawPayload(raw: string): SlackRequest {
  return { body: new URLSearchParams({ payload: raw }).toString(), contentType: FORM };
}

export interface CommandFields {
  text: string;
  user: string;
  responseUrl: string;
  channel?: string;
}

/** A slash command: form-encoded fields, as Slack posts them. */
export function slashCommand({ text, user, responseUrl, channel }: CommandFields): SlackRequest {
  const fields = new URLSearchParams({
    token: "legacy-verification-token",
    team_id: TEAM_ID,
    team_domain: "fake",
    channel_id: channel ?? CHANNEL_ID,
    channel_name: "general",
    user_id: user,
    user_name: user.toLowerCase(),
    command: "/ask",
    text,
    api_app_id: "A0000APP",
    is_enterprise_install: "false",
    response_url: responseUrl,
    trigger_id: "1.2.3",
  });
  return { body: fields.toString(), contentType: FORM };
}

/** The body of a slash command as it arrives inside a Socket Mode envelope. */
export function slashCommandPayload({ text, user, responseUrl, channel }: CommandFields) {
  return Object.fromEntries(
    new URLSearchParams(slashCommand({ text, user, responseUrl, channel }).body),
  );
}

export interface ButtonFields {
  actionId: string;
  value: string;
  user: string;
  /** Absent: a click Slack sends without a response_url (the app must use the Web API). */
  responseUrl?: string;
  channel?: string;
  /** The clicked message is a reply in this thread (a message the app posted, not ephemeral). */
  threadTs?: string;
}

/**
 * A block_actions click on a button: of an ephemeral message, or of a message the app posted in
 * a thread when `threadTs` is given. `payload=<json>`, form-encoded.
 */
export function buttonClick({
  actionId,
  value,
  user,
  responseUrl,
  channel,
  threadTs,
}: ButtonFields) {
  const payload = {
    type: "block_actions",
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: TEAM_ID },
    api_app_id: "A0000APP",
    token: "legacy-verification-token",
    container: {
      type: "message",
      message_ts: "1700000000.000100",
      channel_id: channel ?? CHANNEL_ID,
      is_ephemeral: threadTs === undefined,
      ...(threadTs ? { thread_ts: threadTs } : {}),
    },
    ...(threadTs
      ? { message: { type: "message", ts: "1700000000.000100", thread_ts: threadTs, text: "" } }
      : {}),
    trigger_id: "1.2.3",
    team: { id: TEAM_ID, domain: "fake" },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel ?? CHANNEL_ID, name: "general" },
    ...(responseUrl ? { response_url: responseUrl } : {}),
    actions: [
      {
        action_id: actionId,
        block_id: "b1",
        text: { type: "plain_text", text: "button" },
        value,
        type: "button",
        action_ts: "1700000001.000200",
      },
    ],
    state: { values: {} },
  };
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return { body, contentType: FORM };
}

/** An Events API envelope (JSON), as Slack posts it. */
export function eventCallback(event: Record<string, unknown>): SlackRequest {
  const body = {
    token: "legacy-verification-token",
    team_id: TEAM_ID,
    api_app_id: "A0000APP",
    event,
    type: "event_callback",
    event_id: `Ev${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      { team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false },
    ],
  };
  return { body: JSON.stringify(body), contentType: "application/json" };
}

export interface MessageFields {
  user: string;
  text: string;
  ts: string;
  channel?: string;
  thread_ts?: string;
}

/** `@bot …` in a channel. */
export function appMention({ user, text, ts, channel, thread_ts }: MessageFields) {
  return eventCallback({
    type: "app_mention",
    user,
    text,
    ts,
    channel: channel ?? CHANNEL_ID,
    event_ts: ts,
    ...(thread_ts ? { thread_ts } : {}),
  });
}

/** A message in the bot's DM; `extra` adds bot_id, subtype… */
export function directMessage(
  { user, text, ts, channel, thread_ts }: MessageFields,
  extra: Record<string, unknown> = {},
) {
  return eventCallback({
    type: "message",
    user,
    text,
    ts,
    channel: channel ?? DM_CHANNEL_ID,
    channel_type: "im",
    event_ts: ts,
    ...(thread_ts ? { thread_ts } : {}),
    ...extra,
  });
}

/** Slack's handshake when an events URL is saved. */
export function urlVerification(challenge: string): SlackRequest {
  return {
    body: JSON.stringify({
      token: "legacy-verification-token",
      challenge,
      type: "url_verification",
    }),
    contentType: "application/json",
  };
}
