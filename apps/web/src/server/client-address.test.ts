import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import {
  clientAddress,
  clientAddressHeader,
  forwardClientAddress,
  proxyTrust,
  rateLimitAddress,
} from "./client-address";

const request = (peer: string | undefined, headers: Record<string, string> = {}) =>
  ({ headers: { ...headers }, socket: { remoteAddress: peer } }) as unknown as IncomingMessage;

const forged = {
  "x-forwarded-for": "203.0.113.66",
  "x-real-ip": "198.51.100.66",
  forwarded: "for=192.0.2.66",
};

describe("clientAddress", () => {
  it("is the TCP peer's on a direct connection, whatever X-Forwarded-For / X-Real-IP claim", () => {
    expect(clientAddress(request("192.0.2.10", forged), proxyTrust(0))).toBe("192.0.2.10");
    expect(clientAddress(request("192.0.2.10", forged), proxyTrust([]))).toBe("192.0.2.10");
    // A peer that is not one of the listed proxies is the client too.
    expect(clientAddress(request("192.0.2.10", forged), proxyTrust(["10.0.0.0/8"]))).toBe("192.0.2.10");
  });

  it("believes X-Forwarded-For right to left, as many hops as TRUSTED_PROXIES counts", () => {
    const chain = { "x-forwarded-for": "198.51.100.1, 203.0.113.7, 10.0.0.3" };
    expect(clientAddress(request("10.0.0.2", chain), proxyTrust(1))).toBe("10.0.0.3");
    expect(clientAddress(request("10.0.0.2", chain), proxyTrust(2))).toBe("203.0.113.7");
    // More hops than entries: the left-most entry, never anything the client did not send.
    expect(clientAddress(request("10.0.0.2", chain), proxyTrust(9))).toBe("198.51.100.1");
    expect(clientAddress(request("10.0.0.2"), proxyTrust(1))).toBe("10.0.0.2");
  });

  it("skips the listed proxies (CIDRs, IPv6, IPv4-mapped peers) and stops at the first other address", () => {
    const trust = proxyTrust(["10.0.0.0/8", "fd00::/8"]);
    const chain = { "x-forwarded-for": "198.51.100.1, 203.0.113.7, 10.1.2.3" };
    expect(clientAddress(request("10.0.0.2", chain), trust)).toBe("203.0.113.7");
    expect(clientAddress(request("::ffff:10.0.0.2", chain), trust)).toBe("203.0.113.7");
    expect(clientAddress(request("fd00::5", { "x-forwarded-for": "2001:db8::9" }), trust)).toBe(
      "2001:db8::9",
    );
    // An IPv4 list does not trust an IPv6 peer.
    expect(clientAddress(request("fd00::5", chain), proxyTrust(["10.0.0.0/8"]))).toBe("fd00::5");
  });

  it("writes addresses canonically: IPv4-mapped IPv6 as IPv4, IPv6 per RFC 5952", () => {
    expect(clientAddress(request("::ffff:192.0.2.10"), proxyTrust(0))).toBe("192.0.2.10");
    expect(clientAddress(request("::FFFF:c000:020a"), proxyTrust(0))).toBe("192.0.2.10");
    const padded = { "x-forwarded-for": "2001:0DB8:0000:0000:0000:0000:0000:0001" };
    expect(clientAddress(request("10.0.0.2", padded), proxyTrust(1))).toBe("2001:db8::1");
  });

  it("passes over garbage in X-Forwarded-For: the nearest real address answers, at worst the proxy's", () => {
    for (const header of [
      "",
      "   ",
      ",,,",
      "not-an-ip",
      "<script>",
      "1.2.3.4:5678",
      "1.2.3.999",
      "::ffff:zz",
    ]) {
      expect(clientAddress(request("10.0.0.2", { "x-forwarded-for": header }), proxyTrust(1))).toBe(
        "10.0.0.2",
      );
    }
    const garbageBehindClient = { "x-forwarded-for": "bogus, 203.0.113.7" };
    expect(clientAddress(request("10.0.0.2", garbageBehindClient), proxyTrust(1))).toBe("203.0.113.7");
    expect(clientAddress(request(undefined), proxyTrust(0))).toBe("unknown");
  });
});

describe("forwardClientAddress", () => {
  it("drops proxy headers and any client copy of its own header unless the peer is a trusted proxy", () => {
    const direct = request("192.0.2.10", {
      ...forged,
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      [clientAddressHeader]: "203.0.113.99",
    });
    forwardClientAddress(direct, proxyTrust(["10.0.0.0/8"]));
    expect(direct.headers[clientAddressHeader]).toBe("192.0.2.10");
    for (const name of ["x-forwarded-for", "x-real-ip", "forwarded", "x-forwarded-host", "x-forwarded-proto"])
      expect(direct.headers[name]).toBeUndefined();

    const proxied = request("10.0.0.2", {
      "x-forwarded-for": "203.0.113.7",
      "x-forwarded-host": "invest.example.cn",
      [clientAddressHeader]: "198.51.100.1",
    });
    forwardClientAddress(proxied, proxyTrust(["10.0.0.0/8"]));
    expect(proxied.headers[clientAddressHeader]).toBe("203.0.113.7");
    expect(proxied.headers["x-forwarded-host"]).toBe("invest.example.cn");
  });
});

describe("rateLimitAddress", () => {
  it("counts IPv4 per address and IPv6 per /64, so rotating the interface id does not help", () => {
    expect(rateLimitAddress("192.0.2.10")).toBe("192.0.2.10");
    expect(rateLimitAddress("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(rateLimitAddress("2001:db8:1:2::1")).toBe(rateLimitAddress("2001:db8:1:2:ffff::9"));
    expect(rateLimitAddress("2001:db8:1:3::1")).not.toBe(rateLimitAddress("2001:db8:1:2::1"));
    expect(rateLimitAddress("unknown")).toBe("unknown");
  });
});
