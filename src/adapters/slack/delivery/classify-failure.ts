import { webApi } from "@slack/bolt";

/**
 * What a failed send tells us about whether Slack took the message:
 * - `rate-limited`: Slack refused it and said when to try again (429);
 * - `not-sent`: it never reached Slack (connection refused, DNS), so sending again is safe;
 * - `may-have-landed`: it may have landed (a time-out, a connection cut mid-request, a 5xx);
 * - `final`: Slack answered no (4xx, `ok: false`) or our own code failed; trying again won't help.
 */
export type Failure =
  | { kind: "rate-limited"; retryAfterMs: number }
  | { kind: "not-sent" }
  | { kind: "may-have-landed" }
  | { kind: "final" };

/** A response_url answered with a status other than 2xx. */
export class ResponseUrlError extends Error {
  override name = "ResponseUrlError";
  constructor(
    readonly status: number,
    /** From the Retry-After header, when the status is 429. */
    readonly retryAfterMs: number | undefined,
    body: string,
  ) {
    super(`response_url answered ${status}${body ? `: ${body.slice(0, 200)}` : ""}`);
  }
}

/** Errors raised while connecting, before a byte of the request was sent. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

export function classifyFailure(error: unknown): Failure {
  if (error instanceof ResponseUrlError) {
    return fromStatus(error.status, error.retryAfterMs);
  }
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case webApi.ErrorCode.RateLimitedError:
      return {
        kind: "rate-limited",
        retryAfterMs: (error as webApi.WebAPIRateLimitedError).retryAfter * 1000,
      };
    case webApi.ErrorCode.HTTPError:
      return fromStatus((error as webApi.WebAPIHTTPError).statusCode, undefined);
    case webApi.ErrorCode.RequestError:
      return fromNetworkError((error as webApi.WebAPIRequestError).original);
    case webApi.ErrorCode.PlatformError:
      return { kind: "final" };
    default:
      return fromNetworkError(error);
  }
}

function fromStatus(status: number, retryAfterMs: number | undefined): Failure {
  if (status === 429 && retryAfterMs !== undefined) return { kind: "rate-limited", retryAfterMs };
  if (status >= 500) return { kind: "may-have-landed" };
  return { kind: "final" };
}

/** fetch (undici) throws `TypeError("fetch failed", { cause })`; a time limit throws a TimeoutError. */
function fromNetworkError(error: unknown): Failure {
  if (!(error instanceof Error)) return { kind: "final" };
  if (error.name === "TimeoutError" || error.name === "AbortError")
    return { kind: "may-have-landed" };
  const cause = (error as { cause?: { code?: unknown } }).cause;
  const code = typeof cause?.code === "string" ? cause.code : undefined;
  if (code !== undefined && NOT_SENT_CODES.has(code)) return { kind: "not-sent" };
  if (error instanceof TypeError && error.message === "fetch failed")
    return { kind: "may-have-landed" };
  return { kind: "final" };
}

/**
 * Reads Retry-After: delta-seconds or an HTTP date (RFC 9110). Undefined when absent or unreadable.
 *
 * @example parseRetryAfter("20", 0) // 20000
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
