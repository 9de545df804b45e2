import type { TApiError } from "@ig/domain/open-data-records";

// The answers of the open-data API (/api/v1) that carry no data: CORS headers and JSON errors.
// Apart from open-data-http.ts (no database), so the proxy can answer a path it cannot decode
// in the API's own shape.

/** Readable from any origin: the data is public and no request carries credentials. */
export const cors = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Link, X-Total-Count, Retry-After",
};

/** The methods the API answers: it is read-only. */
export const apiMethods = "GET, HEAD, OPTIONS";

/** A JSON error ({ error, parameter? }); never cached, since what was missing may be published soon. */
export function apiError(status: number, body: TApiError, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...cors, "Cache-Control": "no-store", ...headers } });
}

const methodNotAllowed = () =>
  apiError(405, { error: "The open-data API is read-only: use GET." }, { Allow: apiMethods });

/**
 * The handlers every API route exports for the methods it refuses: 405 with a JSON body, the
 * Allow header RFC 9110 asks for and CORS (Next.js's own 405 has neither body nor CORS).
 */
export const readOnly = {
  POST: methodNotAllowed,
  PUT: methodNotAllowed,
  PATCH: methodNotAllowed,
  DELETE: methodNotAllowed,
};

/** 404 for a path under /api/v1 that names nothing. */
export const noSuchPath = () => apiError(404, { error: "Nothing here: see /api/v1 for the collections." });
