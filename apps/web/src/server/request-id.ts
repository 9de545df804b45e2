/** Header that carries a request's id: from the load balancer when it sets one, else ours. */
export const requestIdHeader = "x-request-id";

// A caller-chosen id lands in logs: only short, plain ones are taken over.
const acceptable = /^[\w.:-]{1,100}$/;

export function requestIdFor(incoming: string | null): string {
  return incoming && acceptable.test(incoming) ? incoming : crypto.randomUUID();
}

/**
 * The current request's id, for logs in server actions and route handlers: the one src/proxy.ts
 * gave a page request, or for API routes (which skip the proxy) the load balancer's, else new.
 */
export async function currentRequestId(): Promise<string> {
  // Imported here: server.ts (the page cache) uses this module outside any Next.js request.
  const { headers } = await import("next/headers");
  return requestIdFor((await headers()).get(requestIdHeader));
}
