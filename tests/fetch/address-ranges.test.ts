import { describe, expect, test } from "vitest";
import { addressKind } from "../../src/fetch/address-ranges.js";

describe("addressKind", () => {
  test.each([
    ["93.184.215.14", "public"],
    ["2606:4700:4700::1111", "public"],
    ["127.0.0.1", "loopback"],
    ["127.8.9.10", "loopback"],
    ["::1", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.20", "private"],
    ["100.64.0.1", "private"],
    ["fd12:3456::1", "private"],
    ["169.254.10.1", "link-local"],
    ["fe80::1", "link-local"],
    ["169.254.169.254", "metadata"],
    ["168.63.129.16", "metadata"],
    ["fd00:ec2::254", "metadata"],
    ["0.0.0.0", "reserved"],
    ["::", "reserved"],
    ["224.0.0.1", "reserved"],
    ["255.255.255.255", "reserved"],
    ["192.0.2.1", "reserved"],
    ["not an address", "reserved"],
  ])("%s is %s", (address, kind) => {
    expect(addressKind(address)).toBe(kind);
  });

  test.each([
    ["::ffff:10.0.0.1", "private"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:169.254.169.254", "metadata"],
    ["64:ff9b::a00:1", "private"],
    ["64:ff9b::5db8:d70e", "public"],
    ["2002:a00:1::", "private"],
  ])("judges IPv4 carried in IPv6 by the IPv4: %s is %s", (address, kind) => {
    expect(addressKind(address)).toBe(kind);
  });

  test("a public address next to a private range stays public", () => {
    expect(addressKind("172.32.0.1")).toBe("public");
    expect(addressKind("11.0.0.1")).toBe("public");
  });
});
