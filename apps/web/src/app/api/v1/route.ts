import { apiIndex } from "@ig/domain/open-data-records";
import { siteUrl } from "@/lib/site-url";
import { readOnly } from "@/server/open-data-errors";
import { cacheableResponse, preflight, withOpenDataLimit } from "@/server/open-data-http";

export const dynamic = "force-dynamic";

/** GET /api/v1: { collections: [{ name, url }], openapi }, the entry point a partner may guess first. */
export async function GET(request: Request) {
  return withOpenDataLimit(request, async () =>
    cacheableResponse(
      request,
      JSON.stringify(apiIndex(new URL("/api/v1", siteUrl()).href)),
      "application/json",
    ),
  );
}

export const HEAD = GET;
export const OPTIONS = preflight;
export const { POST, PUT, PATCH, DELETE } = readOnly;
