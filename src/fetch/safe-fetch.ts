import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { checkTarget, parseWebUrl } from "./check-target.js";
import {
  ACCEPT_HEADER,
  acceptedKind,
  type DocumentKind,
  decodeBody,
  parseContentType,
  xmlKind,
} from "./content-type.js";
import { FetchRefusal, REFUSE } from "./fetch-refusal.js";
import { FETCH_DEFAULTS, type FetchSettings } from "./fetch-settings.js";
import type { ResolvedAddress } from "./resolve-host.js";

/** A page or feed as fetched: where it was asked for, where it ended up, and its text. */
export interface FetchedDocument {
  requestedUrl: string;
  /** After redirects. */
  url: string;
  /** Every URL that redirected, in order. */
  redirects: string[];
  kind: DocumentKind;
  mediaType: string;
  text: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches a web page or feed the way a chat user may ask the bot to: http(s) only, every hop's
 * host checked against private, loopback, link-local and metadata addresses (unless allowed),
 * the connection pinned to the checked address, at most `maxRedirects` redirects, one deadline
 * for the whole fetch, a byte limit on the decoded body, and only HTML, XHTML, RSS and Atom.
 * Throws a FetchRefusal whose message says what happened; nothing else is thrown for bad input.
 *
 * @example const page = await fetchDocument("https://example.com/news/1", fetchSettings());
 */
export async function fetchDocument(
  input: string,
  settings: FetchSettings,
): Promise<FetchedDocument> {
  const requestedUrl = input.trim();
  let url = parseWebUrl(requestedUrl);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  const redirects: string[] = [];
  try {
    for (;;) {
      const target = await untilAborted(
        checkTarget(url, settings, redirects.at(-1)),
        controller.signal,
      );
      const response = await get(url, target, controller.signal);
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        response.destroy();
        const location = response.headers.location;
        if (!location) throw REFUSE.httpStatus(url.href, status, "(a redirect without a Location)");
        if (redirects.length >= settings.maxRedirects) {
          throw REFUSE.tooManyRedirects(requestedUrl, settings.maxRedirects);
        }
        redirects.push(url.href);
        url = resolveLocation(location, url);
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw REFUSE.httpStatus(url.href, status, response.statusMessage ?? "");
      }
      const media = parseContentType(response.headers["content-type"]);
      const accepted = acceptedKind(media.type);
      if (!accepted) {
        response.destroy();
        throw REFUSE.contentType(url.href, media.type);
      }
      const length = Number(response.headers["content-length"]);
      if (Number.isFinite(length) && length > settings.maxBytes) {
        response.destroy();
        throw REFUSE.tooLarge(url.href, settings.maxBytes);
      }
      const bytes = await readBody(response, url.href, settings.maxBytes);
      const text = decodeBody(bytes, media.charset);
      return {
        requestedUrl,
        url: url.href,
        redirects,
        kind: accepted === "xml" ? xmlKind(text) : accepted,
        mediaType: media.type,
        text,
      };
    }
  } catch (error) {
    if (controller.signal.aborted && !(error instanceof FetchRefusal && error.code !== "network")) {
      throw REFUSE.timeout(url.href, settings.timeoutMs);
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function resolveLocation(location: string, base: URL): URL {
  try {
    return new URL(location, base);
  } catch {
    throw REFUSE.badUrl(location);
  }
}

/** One GET, connected to exactly the address that was checked. */
function get(url: URL, target: ResolvedAddress, signal: AbortSignal): Promise<IncomingMessage> {
  // Node asks with { all: true } when it may try several addresses; either way only the checked one.
  const pinned = ((_host, options, callback) => {
    if (options.all) callback(null, [target]);
    else callback(null, target.address, target.family);
  }) as LookupFunction;
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      {
        method: "GET",
        signal,
        lookup: pinned,
        agent: false, // no pooled socket from another check
        headers: {
          "user-agent": FETCH_DEFAULTS.userAgent,
          accept: ACCEPT_HEADER,
          "accept-encoding": "gzip, deflate, br",
          "accept-language": "en",
        },
      },
      resolve,
    );
    req.on("error", (error) => reject(networkRefusal(url.href, error)));
    req.end();
  });
}

/** Reads the body through its content encoding, stopping as soon as it passes `maxBytes`. */
async function readBody(
  response: IncomingMessage,
  url: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const encoding = String(response.headers["content-encoding"] ?? "identity").toLowerCase();
  let stream: Readable = response;
  if (encoding === "gzip" || encoding === "x-gzip") stream = response.pipe(createGunzip());
  else if (encoding === "deflate") stream = response.pipe(createInflate());
  else if (encoding === "br") stream = response.pipe(createBrotliDecompress());
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) throw REFUSE.tooLarge(url, maxBytes);
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof FetchRefusal) throw error;
    throw networkRefusal(url, error as Error);
  } finally {
    response.destroy();
    if (stream !== response) stream.destroy();
  }
  return Buffer.concat(chunks);
}

function networkRefusal(url: string, error: Error): FetchRefusal {
  if (error instanceof FetchRefusal) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const detail =
    code === "ECONNREFUSED"
      ? "the connection was refused"
      : code === "ECONNRESET"
        ? "the connection was reset"
        : code?.startsWith("ERR_TLS") || code?.includes("CERT")
          ? `its certificate could not be verified (${code})`
          : code === "Z_DATA_ERROR" || code === "ERR__ERROR_FORMAT_PADDING_1"
            ? "its compressed body is broken"
            : error.message || code || "the connection failed";
  return REFUSE.network(url, detail);
}

/** Lets a DNS lookup be cut short by the fetch's deadline. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error("aborted"));
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new Error("aborted"));
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
