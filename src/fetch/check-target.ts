import { isIP } from "node:net";
import { addressKind } from "./address-ranges.js";
import { REFUSE } from "./fetch-refusal.js";
import type { FetchSettings } from "./fetch-settings.js";
import { type ResolvedAddress, systemResolver } from "./resolve-host.js";

/** Parses what a user typed as an absolute http(s) URL, or refuses it with a message. */
export function parseWebUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw REFUSE.badUrl(input);
  }
  return url;
}

/** The host as the allow-list writes it: lower case, IPv6 without brackets, no trailing dot. */
export function normalizeHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");
}

/**
 * Checks one URL before connecting: scheme, credentials, and every address its host resolves
 * to (any of them could be the one used). Returns the address to connect to, so the
 * connection goes exactly where the check looked and a second DNS answer cannot redirect it.
 * `from` is the URL that redirected here, for the message.
 */
export async function checkTarget(
  url: URL,
  settings: FetchSettings,
  from?: string,
): Promise<ResolvedAddress> {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw REFUSE.scheme(url.href, url.protocol.replace(/:$/, ""), from);
  }
  if (url.username || url.password) throw REFUSE.credentials(redact(url));
  const host = normalizeHost(url.hostname);
  const family = isIP(host);
  let addresses: ResolvedAddress[];
  if (family !== 0) addresses = [{ address: host, family: family === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await (settings.resolve ?? systemResolver)(host);
    } catch (error) {
      throw REFUSE.dns(url.href, host, (error as NodeJS.ErrnoException).code ?? String(error));
    }
  }
  const first = addresses[0];
  if (!first) throw REFUSE.dns(url.href, host, "no addresses");
  const allowed = settings.allowHosts.some((h) => normalizeHost(h) === host);
  if (!allowed) {
    for (const { address } of addresses) {
      const kind = addressKind(address);
      if (kind !== "public") throw REFUSE.blockedAddress(url.href, host, address, kind, from);
    }
  }
  return first;
}

function redact(url: URL): string {
  const copy = new URL(url.href);
  copy.username = "";
  copy.password = "";
  return copy.href;
}
