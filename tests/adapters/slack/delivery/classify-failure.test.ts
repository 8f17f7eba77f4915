import { webApi } from "@slack/bolt";
import { describe, expect, test } from "vitest";
import {
  classifyFailure,
  parseRetryAfter,
  ResponseUrlError,
} from "../../../../src/adapters/slack/delivery/classify-failure.js";

/** Errors as the Web API client and fetch raise them. */
function codedError(code: string, fields: Record<string, unknown>): Error {
  return Object.assign(new Error(code), { code, ...fields });
}
const fetchFailed = (code: string) =>
  new TypeError("fetch failed", { cause: Object.assign(new Error(code), { code }) });
const timeout = () => new DOMException("The operation was aborted due to timeout", "TimeoutError");

describe("classifyFailure", () => {
  test.each([
    [
      "a Web API 429",
      codedError(webApi.ErrorCode.RateLimitedError, { retryAfter: 20 }),
      { kind: "rate-limited", retryAfterMs: 20_000 },
    ],
    [
      "a response_url 429",
      new ResponseUrlError(429, 7000, ""),
      { kind: "rate-limited", retryAfterMs: 7000 },
    ],
    ["a refused connection", fetchFailed("ECONNREFUSED"), { kind: "not-sent" }],
    [
      "a DNS failure, wrapped by the Web API client",
      codedError(webApi.ErrorCode.RequestError, { original: fetchFailed("ENOTFOUND") }),
      { kind: "not-sent" },
    ],
    ["a time-out", timeout(), { kind: "may-have-landed" }],
    [
      "a time-out, wrapped by the Web API client",
      codedError(webApi.ErrorCode.RequestError, { original: timeout() }),
      { kind: "may-have-landed" },
    ],
    ["a connection reset mid-request", fetchFailed("ECONNRESET"), { kind: "may-have-landed" }],
    [
      "a Web API 500",
      codedError(webApi.ErrorCode.HTTPError, { statusCode: 500 }),
      { kind: "may-have-landed" },
    ],
    ["a response_url 503", new ResponseUrlError(503, undefined, ""), { kind: "may-have-landed" }],
    ["a 429 without Retry-After", new ResponseUrlError(429, undefined, ""), { kind: "final" }],
    [
      "a response_url 404 (expired)",
      new ResponseUrlError(404, undefined, "expired_url"),
      { kind: "final" },
    ],
    [
      "an ok:false from Slack",
      codedError(webApi.ErrorCode.PlatformError, { data: { error: "not_in_channel" } }),
      { kind: "final" },
    ],
    ["a bug of ours", new RangeError("oops"), { kind: "final" }],
  ])("%s is %j", (_, error, expected) => {
    expect(classifyFailure(error)).toEqual(expected);
  });
});

describe("parseRetryAfter", () => {
  test("reads seconds and HTTP dates; nothing for absent or unreadable values", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("20", now)).toBe(20_000);
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
  });
});
