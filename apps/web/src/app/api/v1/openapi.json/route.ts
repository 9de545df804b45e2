import { openApiDocument } from "@ig/domain/openapi-document";
import { siteUrl } from "@/lib/site-url";
import { readOnly } from "@/server/open-data-errors";
import { cacheableResponse, preflight, withOpenDataLimit } from "@/server/open-data-http";

export const dynamic = "force-dynamic";

let document: string | undefined;

/** GET /api/v1/openapi.json: the API's OpenAPI 3.1 document, generated from its zod schemas. */
export async function GET(request: Request) {
  return withOpenDataLimit(request, async () => {
    document ??= JSON.stringify(openApiDocument(new URL("/api/v1", siteUrl()).href));
    return cacheableResponse(request, document, "application/json");
  });
}

export const HEAD = GET;
export const OPTIONS = preflight;
export const { POST, PUT, PATCH, DELETE } = readOnly;
