import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { enquiryStatuses, hasRole, readableEnquiryAreaIds, type Locale } from "@ig/domain";
import { getDashboardStats, listIndustries } from "@ig/db";
import { BarChart } from "@/components/admin/bar-chart";
import { localizedText } from "@/components/localized";
import { countryName } from "@/lib/country-name";
import { requireStaffPage } from "@/server/staff-guard";

/**
 * The staff overview: enquiries of the reader's areas over time, by status, industry and
 * country (charts drawn on the server, each with its numbers as a table), and content counts.
 */
export default async function AdminOverviewPage() {
  const user = await requireStaffPage();
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  const [stats, industries] = await Promise.all([getDashboardStats(user, {}), listIndustries()]);
  const table = "mt-3 w-full max-w-xl border-collapse rounded-lg bg-white text-left";
  const cell = "border border-slate-200 px-3 py-2";
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("home")}</h1>
      <nav aria-labelledby="work-links">
        <h2 id="work-links" className="text-xl font-semibold">
          {t("overviewLinks.label")}
        </h2>
        <ul className="mt-2 flex gap-5">
          <li>
            <Link href="/admin/enquiries" className="text-brand-800 underline">
              {t("overviewLinks.inbox")}
            </Link>
          </li>
          {hasRole(user, "editor") && (
            <li>
              <Link href="/admin/outbox" className="text-brand-800 underline">
                {t("overviewLinks.outbox")}
              </Link>
            </li>
          )}
        </ul>
      </nav>
      <nav aria-labelledby="edit-content">
        <h2 id="edit-content" className="text-xl font-semibold">
          {t("content.edit")}
        </h2>
        <ul className="mt-2 flex gap-5">
          <li>
            <Link href="/admin/projects" className="text-brand-800 underline">
              {t("content.projects")}
            </Link>
          </li>
          <li>
            <Link href="/admin/parks" className="text-brand-800 underline">
              {t("content.parks")}
            </Link>
          </li>
        </ul>
      </nav>
      <nav aria-labelledby="maintain-content">
        <h2 id="maintain-content" className="text-xl font-semibold">
          {t("records.maintain")}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-5">
          {(["figures", "industries", "stale", "translations"] as const).map((page) => (
            <li key={page}>
              <Link href={`/admin/${page}`} className="text-brand-800 underline">
                {t(`${page}.title`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="enquiries" className="space-y-4">
        <h2 id="enquiries" className="text-xl font-semibold">
          {t(readableEnquiryAreaIds(user) === null ? "dashboard.enquiriesAll" : "dashboard.enquiriesMine")}
        </h2>
        <BarChart
          id="chart-weekly"
          title={t("dashboard.perWeek")}
          labelHeader={t("dashboard.weekOf")}
          rows={stats.weekly.map((w) => ({
            label: format.dateTime(new Date(`${w.week}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
            value: w.count,
          }))}
        />
        <BarChart
          id="chart-status"
          title={t("overview.byStatus")}
          labelHeader={t("dashboard.status")}
          rows={enquiryStatuses.map((status) => ({
            label: t(`enquiryStatus.${status}`),
            value: stats.byStatus.find((row) => row.status === status)?.count ?? 0,
          }))}
        />
        <BarChart
          id="chart-industry"
          title={t("dashboard.byIndustry")}
          labelHeader={t("dashboard.industry")}
          rows={stats.byIndustry.map((row) => {
            const industry = industries.find((i) => i.slug === row.industry);
            const label = industry ? localizedText(industry.name, locale) : row.industry;
            return { label: label ?? t("dashboard.noIndustry"), value: row.count };
          })}
        />
        <BarChart
          id="chart-country"
          title={t("dashboard.byCountry")}
          labelHeader={t("dashboard.country")}
          rows={stats.byCountry.map((row) => ({
            label: row.country === "other" ? t("dashboard.otherCountries") : countryName(row.country, locale),
            value: row.count,
          }))}
        />
      </section>
      <section aria-labelledby="content">
        <h2 id="content" className="text-xl font-semibold">
          {t("dashboard.content")}
        </h2>
        <p className="mt-2">{t("dashboard.staleTotal", { count: stats.stale })}</p>
        <table className={table}>
          <thead>
            <tr>
              <th scope="col" className={cell}>
                {t("dashboard.kind")}
              </th>
              {(["published", "draft", "stale"] as const).map((column) => (
                <th key={column} scope="col" className={cell}>
                  {t(`dashboard.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stats.content.map((row) => (
              <tr key={row.kind}>
                <th scope="row" className={`${cell} font-normal`}>
                  {t(`dashboard.kinds.${row.kind}`)}
                </th>
                <td className={cell}>{format.number(row.published)}</td>
                <td className={cell}>{format.number(row.draft)}</td>
                <td className={cell}>{format.number(row.stale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
