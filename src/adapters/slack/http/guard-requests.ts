import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import {
  type BufferedIncomingMessage,
  defaultBodyLimit,
  HTTPModuleFunctions,
  isRawBodyError,
  isValidSlackRequest,
} from "@slack/bolt";
import type { Logger } from "../../../logger.js";

/** Slack's rule: a request timestamp more than five minutes from now, either way, is a replay. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export interface GuardOptions {
  signingSecret: string;
  logger: Logger;
  /** The receiver's events endpoints (Bolt's default: `/slack/events`). */
  endpoints?: string[];
  now?: () => number;
}

/**
 * Wraps Bolt's HTTP request listener with the two checks Bolt lacks, on POSTs to the events
 * endpoint: a timestamp more than five minutes in the future is refused with 401 like a stale one
 * (Bolt checks only the past), and a correctly signed body that is not a JSON object (`payload=null`)
 * gets 400 (Bolt would read a property of null, never answer, and leave a rejection unhandled).
 * Everything else, signature checks included, is still Bolt's: the body read here is handed on
 * as `rawBody`, which Bolt uses instead of reading the stream again.
 */
export function guardRequests(listener: RequestListener, options: GuardOptions): RequestListener {
  const endpoints = options.endpoints ?? ["/slack/events"];
  const now = options.now ?? Date.now;
  return (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method !== "POST" || !endpoints.includes(path)) {
      listener(req, res);
      return;
    }
    if (isFromTheFuture(req, now())) {
      options.logger.warn("Refused a Slack request: its timestamp is more than 5 minutes ahead", {
        timestamp: req.headers["x-slack-request-timestamp"],
      });
      reply(res, 401);
      return;
    }
    check(req, res, options)
      .then((verdict) => {
        if (verdict === "pass") listener(req, res);
      })
      .catch((error: unknown) => {
        options.logger.error("Slack request guard failed", { error: String(error) });
        if (!res.headersSent) reply(res, 500);
      });
  };
}

function isFromTheFuture(req: IncomingMessage, nowMs: number): boolean {
  const timestamp = Number(req.headers["x-slack-request-timestamp"]);
  return (
    Number.isFinite(timestamp) && timestamp > Math.floor(nowMs / 1000) + MAX_CLOCK_SKEW_SECONDS
  );
}

/** "pass" hands the request to Bolt (which answers bad signatures and unparsable bodies itself). */
async function check(
  req: IncomingMessage,
  res: ServerResponse,
  { signingSecret, logger }: GuardOptions,
): Promise<"pass" | "answered"> {
  let buffered: BufferedIncomingMessage;
  try {
    buffered = await HTTPModuleFunctions.bufferIncomingMessage(req, defaultBodyLimit);
  } catch (error) {
    const tooLarge = isRawBodyError(error) && error.statusCode === 413;
    logger.warn(tooLarge ? "Slack request body too large" : "Could not read a Slack request body");
    reply(res, tooLarge ? 413 : 400);
    return "answered";
  }
  const signed = isValidSlackRequest({
    signingSecret,
    body: buffered.rawBody.toString(),
    headers: {
      "x-slack-signature": String(req.headers["x-slack-signature"] ?? ""),
      "x-slack-request-timestamp": Number(req.headers["x-slack-request-timestamp"]),
    },
  });
  if (!signed) return "pass";
  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
  } catch {
    return "pass";
  }
  if (typeof body === "object" && body !== null && !Array.isArray(body)) return "pass";
  logger.warn("Refused a signed Slack request: its body or payload is not an object", {
    type: body === null ? "null" : Array.isArray(body) ? "array" : typeof body,
  });
  reply(res, 400);
  return "answered";
}

function reply(res: ServerResponse, status: number): void {
  res.writeHead(status);
  res.end();
}
