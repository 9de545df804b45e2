import "server-only";

/**
 * The client's address as the nearest proxy reports it. Behind a load balancer, that proxy must
 * set X-Forwarded-For (Next.js does for direct connections); the per-e-mail limits do not depend
 * on it.
 */
export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}
