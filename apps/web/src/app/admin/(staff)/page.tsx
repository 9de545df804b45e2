import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { enquiryStatuses } from "@ig/domain";
import { getOverviewCounts } from "@ig/db";
import { getStaffUser } from "@/server/session";

/** The staff overview: the numbers behind the work, as tables (readable without any chart). */
export default async function AdminOverviewPage() {
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const counts = await getOverviewCounts();
  const table = "mt-3 w-full max-w-md border-collapse rounded-lg bg-white text-left";
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
          {(await getStaffUser())?.role !== "viewer" && (
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
      <section aria-labelledby="enquiries">
        <h2 id="enquiries" className="text-xl font-semibold">
          {t("overview.byStatus")}
        </h2>
        <table className={table}>
          <thead>
            <tr>
              <th scope="col" className={cell}>
                {t("overview.enquiries")}
              </th>
              <th scope="col" className={cell}>
                {t("overview.count")}
              </th>
            </tr>
          </thead>
          <tbody>
            {enquiryStatuses.map((status) => (
              <tr key={status}>
                <th scope="row" className={`${cell} font-normal`}>
                  {t(`enquiryStatus.${status}`)}
                </th>
                <td className={cell}>{format.number(counts.enquiries[status] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="content">
        <h2 id="content" className="text-xl font-semibold">
          {t("overview.content")}
        </h2>
        <table className={table}>
          <tbody>
            {(["parks", "projects", "policies", "news"] as const).map((kind) => (
              <tr key={kind}>
                <th scope="row" className={`${cell} font-normal`}>
                  {t(`overview.${kind}`)}
                </th>
                <td className={cell}>{format.number(counts.content[kind])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
