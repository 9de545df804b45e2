import { getLocale, getTranslations } from "next-intl/server";
import { dayIn, momentInZone, toCsv, ZEnquiryFilter } from "@ig/domain";
import { listAreas, listEnquiries, listIndustries } from "@ig/db";
import { config } from "@ig/db/config";
import { countryName } from "@/lib/country-name";
import { zoneName } from "@/lib/date-formats";
import { requireStaffRequest } from "@/server/staff-guard";

// One file is meant for a spreadsheet: beyond this, narrow the filters.
const maxRows = 10_000;
const columns = [
  "reference",
  "received",
  "status",
  "overdue",
  "company",
  "name",
  "email",
  "phone",
  "country",
  "industry",
  "size",
  "language",
  "areas",
  "about",
  "assignee",
  "message",
] as const;

/**
 * The inbox as CSV, with the inbox's filters (same URL parameters) and the same area scope: every
 * signed-in staff member may read, viewers included. Headings and values are labels in the
 * reader's language (status, country, industry, size band, language, the parks, projects and
 * policies named), the time in China time with its offset (2026-11-30T07:30:00+08:00) and the zone
 * named in the heading; the file is named for today's China date. UTF-8 with a byte-order mark, so
 * that Excel shows Chinese names correctly; formula-like cells are neutralised by toCsv.
 */
export async function GET(request: Request) {
  const { user, refused } = await requireStaffRequest();
  if (refused) return refused;
  const parsed = ZEnquiryFilter.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: "Unknown or malformed filter." }, { status: 400 });
  const { timeZone } = config();
  const [{ rows }, industries, areas, locale, t, tForm] = await Promise.all([
    listEnquiries(user, { filter: parsed.data, pageSize: maxRows }),
    listIndustries(),
    listAreas(),
    getLocale(),
    getTranslations("admin"),
    getTranslations("enquiry"),
  ]);
  const lang = locale === "zh" ? "zh" : "en";
  const text = (value: Record<string, string | undefined>) => value[lang] || value.en || "";
  const industryName = new Map(industries.map((i) => [i.slug, text(i.name)]));
  const areaName = new Map(areas.map((a) => [a.slug, text(a.name)]));
  const label = (key: string, fallback: string) => (tForm.has(key) ? tForm(key) : fallback);
  const csv = toCsv([
    columns.map((column) => t(`inbox.csv.${column}`, { zone: zoneName(locale, timeZone) })),
    ...rows.map((row) => [
      row.reference,
      momentInZone(row.createdAt, timeZone),
      t(`enquiryStatus.${row.status as "new"}`),
      row.overdue ? t("inbox.overdue") : "",
      row.company,
      row.name,
      row.email,
      row.phone ?? "",
      countryName(row.country, locale),
      row.industrySlug ? (industryName.get(row.industrySlug) ?? row.industrySlug) : "",
      label(`sizeBands.${row.sizeBand}`, row.sizeBand),
      label(`languages.${row.language}`, row.language),
      row.areas.map((area) => areaName.get(area) ?? area).join(", "),
      row.topics.map(text).join("; "),
      row.assignee?.name ?? "",
      row.message,
    ]),
  ]);
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="enquiries-${dayIn(new Date(), timeZone)}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
