import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTimeZone, getTranslations } from "next-intl/server";
import {
  areaSlugs,
  countryCodes,
  enquiryStatuses,
  parseEnquiryFilter,
  readableEnquiryAreaIds,
  type SearchParams,
} from "@ig/domain";
import { listEnquiries, listEnquiryAssignees, listIndustries } from "@ig/db";
import { FilterSelect } from "@/components/admin/filter-select";
import { RecordTable, recordTableClass } from "@/components/admin/record-table";
import { cleanQuery } from "@/lib/clean-query";
import { countryName } from "@/lib/country-name";
import { notFoundPastLastPage } from "@/lib/list-page";
import { momentFormat, zoneName } from "@/lib/date-formats";
import { requireStaffPage } from "@/server/staff-guard";
import { UrlStateForm } from "@/components/url-state-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.inbox"))("title") };
}

const pageSize = 25;

/** The enquiry inbox: a GET filter form (a filtered inbox is a link), the count, one page of rows. */
export default async function InboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireStaffPage();
  const { page, ...filter } = parseEnquiryFilter(await searchParams) ?? notFound();
  const [t, format, locale, timeZone] = await Promise.all([
    getTranslations("admin"),
    getFormatter(),
    getLocale(),
    getTimeZone(),
  ]);
  const [result, assignees, industries] = await Promise.all([
    listEnquiries(user, { filter, page, pageSize }),
    listEnquiryAssignees(user, { areaIds: readableEnquiryAreaIds(user) }),
    listIndustries(),
  ]);
  const pageCount = Math.ceil(result.total / pageSize);
  notFoundPastLastPage(page, pageCount);
  const query = (extra: Record<string, string | number | undefined>) =>
    new URLSearchParams(cleanQuery({ ...filter, ...extra })).toString();
  const field = "mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2";
  const cell = "border border-slate-200 px-3 py-2 align-top";
  const select = (name: keyof typeof filter, options: { value: string; label: string }[]) => (
    <FilterSelect
      id={`filter-${name}`}
      name={name}
      label={t(`inbox.filters.${name}`)}
      anyLabel={t("inbox.filters.any")}
      value={filter[name]}
      options={options}
    />
  );
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("inbox.title")}</h1>
      <UrlStateForm
        state={filter}
        className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
      >
        <div>
          <label htmlFor="filter-q" className="font-medium">
            {t("inbox.filters.q")}
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={filter.q} className={field} />
        </div>
        {select(
          "status",
          enquiryStatuses.map((value) => ({ value, label: t(`enquiryStatus.${value}`) })),
        )}
        {select(
          "area",
          areaSlugs.map((value) => ({ value, label: t(`inbox.areas.${value}`) })),
        )}
        {select(
          "industry",
          industries.map((i) => ({
            value: i.slug,
            label: (locale === "zh" ? i.name.zh : i.name.en) ?? i.slug,
          })),
        )}
        {select(
          "country",
          countryCodes
            .map((value) => ({ value, label: countryName(value, locale) }))
            .sort((a, b) => a.label.localeCompare(b.label, locale)),
        )}
        {select("assignee", [
          { value: "me", label: t("inbox.filters.me") },
          { value: "none", label: t("inbox.filters.none") },
          ...assignees.map((s) => ({ value: s.id, label: s.name })),
        ])}
        {(["from", "to"] as const).map((name) => (
          <div key={name}>
            <label htmlFor={`filter-${name}`} className="font-medium">
              {t(`inbox.filters.${name}`)}
            </label>
            <input
              id={`filter-${name}`}
              name={name}
              type="date"
              defaultValue={filter[name]}
              className={field}
            />
          </div>
        ))}
        <div className="flex items-center gap-2 self-center">
          <input
            id="filter-overdue"
            name="overdue"
            type="checkbox"
            value="1"
            defaultChecked={filter.overdue === "1"}
            aria-describedby="overdue-hint"
            className="h-5 w-5"
          />
          <label htmlFor="filter-overdue" className="font-medium">
            {t("inbox.filters.overdue")}
          </label>
        </div>
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("inbox.filters.submit")}
        </button>
        <p className="w-full text-sm text-slate-700">
          <span id="overdue-hint">{t("inbox.overdueHint")}</span>{" "}
          {t("inbox.zoneNote", { zone: zoneName(locale, timeZone) })}
        </p>
      </UrlStateForm>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <p role="status">{t("inbox.count", { count: result.total })}</p>
        <a href={`/admin/enquiries/export?${query({})}`} className="text-brand-800 underline" download>
          {t("inbox.export")}
        </a>
      </div>
      <RecordTable
        headings={(["reference", "date", "company", "country", "status", "assignee"] as const).map((column) =>
          t(`inbox.columns.${column}`),
        )}
        cell={cell}
        className={`${recordTableClass} text-sm`}
      >
        {result.rows.map((row) => (
          <tr key={row.reference}>
            <td className={cell}>
              <Link href={`/admin/enquiries/${row.reference}`} className="text-brand-800 underline">
                {row.reference}
              </Link>
            </td>
            <td className={cell}>{format.dateTime(row.createdAt, momentFormat)}</td>
            <td className={cell}>{row.company}</td>
            <td className={cell}>{countryName(row.country, locale)}</td>
            <td className={cell}>
              {t(`enquiryStatus.${row.status as "new"}`)}
              {row.overdue && (
                <strong className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-red-900" data-testid="overdue">
                  {t("inbox.overdue")}
                </strong>
              )}
            </td>
            <td className={cell}>{row.assignee?.name ?? t("inbox.unassigned")}</td>
          </tr>
        ))}
      </RecordTable>
      {pageCount > 1 && (
        <nav aria-label={t("inbox.pages")} className="flex items-center gap-4">
          {page > 1 && (
            <Link
              href={`/admin/enquiries?${query({ page: page - 1 })}`}
              rel="prev"
              className="text-brand-800 underline"
            >
              {t("inbox.previous")}
            </Link>
          )}
          <span>{t("inbox.pageOf", { page, pageCount })}</span>
          {page < pageCount && (
            <Link
              href={`/admin/enquiries?${query({ page: page + 1 })}`}
              rel="next"
              className="text-brand-800 underline"
            >
              {t("inbox.next")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
