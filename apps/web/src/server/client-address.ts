// The client's address, taken from the TCP connection by server.ts, which hands it to the app in
// a header of its own. No "server-only" here: server.ts runs outside Next.js's bundles.
import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import proxyaddr from "proxy-addr";

/** The request header that carries the client's address from server.ts to route handlers and actions. */
export const clientAddressHeader = "x-inland-gateway-client-address";

/**
 * Headers that describe the client as a proxy saw it. From anyone but a trusted proxy they are
 * dropped, and Next.js then sets X-Forwarded-Host/-Proto/-Port/-For from the connection itself.
 */
const proxyHeaders = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
];

/** Whether the address `hop` steps from the portal (0: the TCP peer) is a proxy of ours. */
export type ProxyTrust = (address: string, hop: number) => boolean;

/**
 * TRUSTED_PROXIES as a rule: a number trusts that many hops, whatever their address (0: none);
 * a list trusts the hops whose address lies in one of its addresses or CIDRs (IPv4 entries also
 * match IPv4-mapped IPv6 peers such as `::ffff:10.0.0.5`).
 */
export function proxyTrust(setting: number | readonly string[]): ProxyTrust {
  if (typeof setting === "number") return (_address, hop) => hop < setting;
  return setting.length ? proxyaddr.compile([...setting]) : () => false;
}

/**
 * The client's address: the TCP peer's unless that peer is a trusted proxy; then X-Forwarded-For
 * is read right to left (each proxy appends the address it saw) up to the first entry that is
 * not a trusted proxy. Entries that are not IP addresses are passed over: the answer is the
 * farthest valid address of that walk, at worst the peer's. IPv4-mapped IPv6 becomes IPv4; IPv6 is written canonically (RFC 5952). "unknown" only when the
 * socket is gone.
 */
export function clientAddress(
  request: Pick<IncomingMessage, "headers" | "socket">,
  trust: ProxyTrust,
): string {
  const chain = proxyaddr.all(request as IncomingMessage, trust);
  const address = chain.findLast((entry) => isIP(entry) !== 0);
  return address ? canonicalAddress(address) : "unknown";
}

function canonicalAddress(address: string): string {
  const parsed = ipaddr.process(address);
  return parsed.kind() === "ipv4" ? parsed.toString() : (parsed as ipaddr.IPv6).toRFC5952String();
}

/**
 * What server.ts does to each request before Next.js sees it: drops the proxy headers unless the
 * peer is a trusted proxy (so X-Forwarded-Host in the same-origin checks is the Host, unless a
 * trusted proxy says otherwise) and replaces any `clientAddressHeader` a client sent.
 */
export function forwardClientAddress(request: IncomingMessage, trust: ProxyTrust) {
  const address = clientAddress(request, trust);
  const peer = request.socket.remoteAddress;
  if (!peer || !trust(peer, 0)) for (const name of proxyHeaders) delete request.headers[name];
  request.headers[clientAddressHeader] = address;
}

/**
 * The key per-address limits count against: the address itself for IPv4, its /64 network for
 * IPv6, because one subscriber usually holds a whole /64 and could otherwise rotate through it.
 */
export function rateLimitAddress(address: string): string {
  if (isIP(address) !== 6) return address;
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${address}/64`).toRFC5952String()}/64`;
}

const servedByPortalServer = Symbol.for("inland-gateway.portal-server");

/** Called by server.ts before Next.js starts in the same process. */
export function markPortalServer() {
  (globalThis as Record<symbol, unknown>)[servedByPortalServer] = true;
}

/**
 * Whether server.ts is in front of this Next.js instance. Without it (plain `next start`), nothing
 * would drop a client's own `clientAddressHeader`, so the app refuses to start (instrumentation.ts).
 */
export function isServedByPortalServer(): boolean {
  return (globalThis as Record<symbol, unknown>)[servedByPortalServer] === true;
}
