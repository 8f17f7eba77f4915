import ipaddr from "ipaddr.js";

/** Why an address is off limits; "public" is the only kind the fetcher connects to by default. */
export type AddressKind =
  | "public"
  | "loopback"
  | "private"
  | "link-local"
  | "metadata"
  | "reserved";

/**
 * Cloud metadata services: they hand out credentials to anything on the machine that asks.
 * Azure's wire server is in a public range, so it is listed by address.
 */
const METADATA = new Set(["169.254.169.254", "168.63.129.16", "100.100.100.200", "fd00:ec2::254"]);

const KIND_OF_RANGE: Readonly<Record<string, AddressKind>> = Object.freeze({
  unicast: "public",
  loopback: "loopback",
  private: "private",
  carrierGradeNat: "private",
  uniqueLocal: "private",
  deprecatedSiteLocal: "private",
  linkLocal: "link-local",
});

/**
 * Classifies an IP address as the fetcher sees it. IPv4 written inside IPv6 (mapped
 * `::ffff:10.0.0.1`, NAT64 `64:ff9b::a00:1`, 6to4 `2002:a00:1::`) is judged by the IPv4 it carries.
 *
 * @example addressKind("10.1.2.3") // "private"
 * @example addressKind("::ffff:127.0.0.1") // "loopback"
 */
export function addressKind(address: string): AddressKind {
  if (!ipaddr.isValid(address)) return "reserved";
  const parsed = ipaddr.parse(address);
  const normal = parsed.toNormalizedString();
  if (METADATA.has(normal) || METADATA.has(address.toLowerCase())) return "metadata";
  if (parsed.kind() === "ipv6") {
    const v6 = parsed as ipaddr.IPv6;
    const embedded = embeddedIPv4(v6);
    if (embedded) return addressKind(embedded);
  }
  return KIND_OF_RANGE[parsed.range()] ?? "reserved";
}

function embeddedIPv4(v6: ipaddr.IPv6): string | undefined {
  const range = v6.range();
  const p = v6.parts;
  const v4 = (hi: number | undefined, lo: number | undefined): string =>
    [(hi ?? 0) >> 8, (hi ?? 0) & 255, (lo ?? 0) >> 8, (lo ?? 0) & 255].join(".");
  if (range === "ipv4Mapped" || range === "rfc6145") return v6.toIPv4Address().toString();
  if (range === "rfc6052") return v4(p[6], p[7]);
  if (range === "6to4") return v4(p[1], p[2]);
  return undefined;
}
