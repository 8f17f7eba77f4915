import type { AddressKind } from "./address-ranges.js";

/** Why a fetch was refused or failed; `transient` ones may work when tried again later. */
export type RefusalCode =
  | "bad-url"
  | "scheme"
  | "credentials"
  | "blocked-address"
  | "dns"
  | "too-many-redirects"
  | "timeout"
  | "too-large"
  | "content-type"
  | "http-status"
  | "network";

/** A fetch that did not happen or did not finish; the message is meant for the person who asked. */
export class FetchRefusal extends Error {
  override name = "FetchRefusal";
  constructor(
    readonly code: RefusalCode,
    message: string,
    readonly transient = false,
  ) {
    super(message);
  }
}

const KIND_WORDS: Readonly<Record<AddressKind, string>> = Object.freeze({
  public: "public",
  loopback: "a loopback address (this machine itself)",
  private: "a private network address",
  "link-local": "a link-local address",
  metadata: "a cloud metadata service address",
  reserved: "a reserved, non-public address",
});

const megabytes = (bytes: number): string => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;
/** "(reached by a redirect from X)" when a redirect led here. */
const via = (from: string | undefined): string => (from ? ` (a redirect from ${from})` : "");

/** Every refusal the fetcher gives, in one place. */
export const REFUSE = Object.freeze({
  badUrl: (input: string) =>
    new FetchRefusal(
      "bad-url",
      `"${input}" is not a web address. Give a full URL starting with http:// or https://.`,
    ),
  scheme: (url: string, protocol: string, from?: string) =>
    new FetchRefusal(
      "scheme",
      `Refused ${url}${via(from)}: only http:// and https:// addresses are fetched, not ${protocol}//.`,
    ),
  credentials: (url: string) =>
    new FetchRefusal(
      "credentials",
      `Refused ${url}: addresses with a user name or password in them are not fetched.`,
    ),
  blockedAddress: (url: string, host: string, address: string, kind: AddressKind, from?: string) =>
    new FetchRefusal(
      "blocked-address",
      `Refused ${url}${via(from)}: ${host === address ? host : `${host} resolves to ${address}, which`} is ${KIND_WORDS[kind]}. The bot reads only public web pages; an operator can allow this host with FETCH_ALLOW_HOSTS.`,
    ),
  dns: (url: string, host: string, detail: string) =>
    new FetchRefusal(
      "dns",
      `Could not fetch ${url}: the host ${host} was not found (${detail}).`,
      true,
    ),
  tooManyRedirects: (url: string, max: number) =>
    new FetchRefusal(
      "too-many-redirects",
      `Gave up on ${url}: it redirects more than ${max} times.`,
    ),
  timeout: (url: string, ms: number) =>
    new FetchRefusal(
      "timeout",
      `Gave up on ${url}: no complete answer within ${seconds(ms)}.`,
      true,
    ),
  tooLarge: (url: string, max: number) =>
    new FetchRefusal(
      "too-large",
      `Refused ${url}: the page is larger than ${megabytes(max)}, far more than a news article.`,
    ),
  contentType: (url: string, type: string) =>
    new FetchRefusal(
      "content-type",
      `Refused ${url}: it is ${type ? `"${type}"` : "of no stated type"}, not a web page or a feed (HTML, XHTML, RSS or Atom).`,
    ),
  httpStatus: (url: string, status: number, text: string) =>
    new FetchRefusal(
      "http-status",
      `Could not fetch ${url}: the server answered ${status}${text ? ` ${text}` : ""}.`,
      status >= 500 || status === 429 || status === 408,
    ),
  network: (url: string, detail: string) =>
    new FetchRefusal("network", `Could not fetch ${url}: ${detail}.`, true),
});
