import "server-only";
import { createHash } from "node:crypto";
import { consumeRateLimits } from "@ig/db";
import { config } from "@ig/db/config";
import { ifNoneMatchHits } from "@ig/domain/entity-tag";
import { log } from "@ig/db/log";
import { clientIp } from "./client-ip";
import { apiError, apiMethods, cors } from "./open-data-errors";
import { requestIdFor, requestIdHeader } from "./request-id";

// The HTTP side of the open-data API (/api/v1), shared by its routes: CORS for every origin,
// validators (ETag) and caching, the per-address limit, JSON errors. The routes stay thin.

const cacheControl = "public, max-age=60";

/** The answer to a CORS preflight: GET and HEAD from any origin, with If-None-Match. */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...cors,
      "Access-Control-Allow-Methods": apiMethods,
      "Access-Control-Allow-Headers": "If-None-Match, Accept",
      "Access-Control-Max-Age": "86400",
      "Cache-Control": cacheControl,
    },
  });
}

/**
 * A 200 with `body`, its ETag (SHA-256 of the text) and a short public max-age; a 304 with the
 * same validators when the request's If-None-Match names that tag (weak or strong form, in a
 * list, or *). The tag is weak (W/): Next.js may gzip the body on the way out, and a strong tag
 * would have to differ per content coding (RFC 9110 §8.8.1).
 */
export function cacheableResponse(
  request: Request,
  body: string,
  contentType: string,
  headers: Record<string, string> = {},
): Response {
  const etag = `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
  const common = { ...cors, ETag: etag, "Cache-Control": cacheControl };
  if (ifNoneMatchHits(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers: common });
  }
  return new Response(body, { status: 200, headers: { ...common, "Content-Type": contentType, ...headers } });
}

/**
 * Runs an API request within the per-address limit (OPEN_DATA_LIMIT_PER_MINUTE, counted in
 * PostgreSQL so it holds across instances; the address as server.ts established it): over it,
 * 429 with Retry-After. A database that cannot be reached is a 503 with Retry-After, not a 500.
 */
export async function withOpenDataLimit(request: Request, handle: () => Promise<Response>) {
  try {
    const [limit] = await consumeRateLimits(
      [{ key: `open-data:ip:${clientIp(request.headers)}`, limit: config().openDataLimitPerMinute }],
      60,
    );
    if (!limit!.allowed) {
      return apiError(
        429,
        {
          error: `More than ${config().openDataLimitPerMinute} requests a minute from this address: try again later.`,
        },
        { "Retry-After": String(limit!.retryAfter) },
      );
    }
    return await handle();
  } catch (error) {
    log.error("open-data request failed", {
      requestId: requestIdFor(request.headers.get(requestIdHeader)),
      error,
    });
    return apiError(
      503,
      { error: "The data cannot be read just now: try again shortly." },
      { "Retry-After": "5" },
    );
  }
}
