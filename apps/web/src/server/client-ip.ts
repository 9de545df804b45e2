import "server-only";
import { clientAddressHeader, rateLimitAddress } from "./client-address";

/**
 * The client's address for per-address limits, as server.ts took it from the connection (and from
 * X-Forwarded-For only as far as TRUSTED_PROXIES allows): IPv4 as is, IPv6 as its /64.
 * @throws Error when the header is missing, which only happens if server.ts is not in front, and
 *   the app refuses to start then (instrumentation.ts).
 */
export function clientIp(headers: Headers): string {
  const address = headers.get(clientAddressHeader);
  if (!address) throw new Error(`No ${clientAddressHeader} header: start the portal through server.ts.`);
  return rateLimitAddress(address);
}
