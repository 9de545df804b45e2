import { linkHeader, pageLinks } from "@ig/domain/open-data-links";
import { openDataCsv } from "@ig/domain/open-data-csv";
import { parseOpenDataListQuery } from "@ig/domain/open-data-query";
import { openDataCollection } from "@ig/domain/open-data-records";
import { cachedOpenDataList } from "@/lib/cached-data";
import { siteUrl } from "@/lib/site-url";
import { apiError, readOnly } from "@/server/open-data-errors";
import { cacheableResponse, preflight, withOpenDataLimit } from "@/server/open-data-http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ collection: string }> };

/**
 * GET /api/v1/{collection}: one page of published records, JSON ({ data, meta, links } and a Link
 * header) or with format=csv a CSV file. 400 for a bad parameter, 404 for an unknown collection,
 * 429 over the per-address limit. Documented in /api/v1/openapi.json.
 */
export async function GET(request: Request, { params }: Context) {
  return withOpenDataLimit(request, async () => {
    const collection = openDataCollection((await params).collection);
    if (!collection) return apiError(404, { error: "No such collection: see /api/v1/openapi.json." });
    const url = new URL(request.url);
    const parsed = parseOpenDataListQuery(collection, url.searchParams);
    if (!parsed.ok) return apiError(400, { error: parsed.error, parameter: parsed.parameter });
    const { filter, page, perPage, format } = parsed.query;
    const site = siteUrl();
    const { total, records } = await cachedOpenDataList(collection, {
      filter,
      page,
      perPage,
      siteUrl: site.href,
    });
    const pageCount = Math.max(1, Math.ceil(total / perPage));
    const links = pageLinks(new URL(`${url.pathname}${url.search}`, site), page, pageCount, perPage);
    const headers = { Link: linkHeader(links), "X-Total-Count": String(total) };
    if (format === "csv") {
      return cacheableResponse(request, openDataCsv(collection, records), "text/csv; charset=utf-8", {
        ...headers,
        "Content-Disposition": `attachment; filename="${collection}${page > 1 ? `-page-${page}` : ""}.csv"`,
      });
    }
    const body = JSON.stringify({ data: records, meta: { page, perPage, total, pageCount }, links });
    return cacheableResponse(request, body, "application/json", headers);
  });
}

export const HEAD = GET;
export const OPTIONS = preflight;
export const { POST, PUT, PATCH, DELETE } = readOnly;
