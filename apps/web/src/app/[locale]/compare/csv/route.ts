import { getFormatter, getTranslations } from "next-intl/server";
import { comparisonCell, comparisonFields, isLocale, localize, parseComparedParks, toCsv } from "@ig/domain";
import { cachedParksForComparison } from "@/lib/cached-data";
import { comparisonLabels } from "@/lib/comparison-labels";
import { siteUrl } from "@/lib/site-url";

/**
 * The comparison as a spreadsheet: one row per park, one column per field, headers in the page's
 * language. UTF-8 with a byte-order mark, without which Excel reads Chinese as mojibake.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const slugs = parseComparedParks({ parks: new URL(request.url).searchParams.getAll("parks") });
  if (!isLocale(locale) || !slugs?.length) {
    return new Response("Name one to four different parks: ?parks=slug-a,slug-b\n", { status: 400 });
  }
  const [parks, t, format] = await Promise.all([
    cachedParksForComparison(slugs),
    getTranslations({ locale }),
    getFormatter({ locale }),
  ]);
  const labels = comparisonLabels(t, format);
  const header = [
    t("compare.park"),
    t("compare.parkPage"),
    ...comparisonFields.map((f) => t(`compare.field.${f}`)),
  ];
  const rows = parks.map((park) => [
    localize(park.name, locale).text,
    new URL(`/${locale}/parks/${park.slug}`, siteUrl()).href,
    ...comparisonFields.map((field) =>
      comparisonCell(park, field, locale, labels)
        .map((line) => line.text)
        .join("\n"),
    ),
  ]);
  return new Response(`\uFEFF${toCsv([header, ...rows])}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="parks-comparison-${locale}.csv"`,
    },
  });
}
