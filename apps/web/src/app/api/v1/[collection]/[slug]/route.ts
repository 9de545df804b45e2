import { ZSlug } from "@ig/domain";
import { parseOpenDataRecordQuery } from "@ig/domain/open-data-query";
import { openDataCollection } from "@ig/domain/open-data-records";
import { cachedOpenDataRecord } from "@/lib/cached-data";
import { siteUrl } from "@/lib/site-url";
import { apiError, readOnly } from "@/server/open-data-errors";
import { cacheableResponse, preflight, withOpenDataLimit } from "@/server/open-data-http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ collection: string; slug: string }> };

/**
 * GET /api/v1/{collection}/{slug}: one published record as { data }. 404 for an unknown
 * collection or a slug no published record has (drafts included), 400 for any query parameter.
 */
export async function GET(request: Request, { params }: Context) {
  return withOpenDataLimit(request, async () => {
    const { collection: name, slug: rawSlug } = await params;
    const collection = openDataCollection(name);
    if (!collection) return apiError(404, { error: "No such collection: see /api/v1/openapi.json." });
    const parsed = parseOpenDataRecordQuery(new URL(request.url).searchParams);
    if (!parsed.ok) return apiError(400, { error: parsed.error, parameter: parsed.parameter });
    const slug = ZSlug.safeParse(rawSlug);
    const record = slug.success ? await cachedOpenDataRecord(collection, slug.data, siteUrl().href) : null;
    if (!record) return apiError(404, { error: `No published record of ${collection} has this slug.` });
    return cacheableResponse(request, JSON.stringify({ data: record }), "application/json");
  });
}

export const HEAD = GET;
export const OPTIONS = preflight;
export const { POST, PUT, PATCH, DELETE } = readOnly;
