import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { parseAuditFilter, type SearchParams } from "@ig/domain";
import { listAuditEntries } from "@ig/db";
import { FilterSelect } from "@/components/admin/filter-select";
import { RecordTable, recordTableClass } from "@/components/admin/record-table";
import { notFoundPastLastPage } from "@/lib/list-page";
import { requireStaffPage } from "@/server/staff-guard";
import { UrlStateForm } from "@/components/url-state-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("title") };
}

const day = (value?: string) => (value ? new Date(value) : undefined);
const asText = (value: unknown) =>
  value === null || value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value);

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireStaffPage("admin");
  const { page, ...search } = parseAuditFilter(await searchParams) ?? notFound();
  const t = await getTranslations("admin.audit");
  const format = await getFormatter();
  const log = await listAuditEntries(user, {
    entity: search.entity,
    action: search.action,
    actorId: search.actor,
    from: day(search.from),
    to: day(search.to),
    page,
  });
  notFoundPastLastPage(page, log.pageCount);
  const filters = Object.entries(search).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const pageHref = (target: number) =>
    `/admin/audit?${new URLSearchParams([...filters, ["page", String(target)]])}`;
  const field = "mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2";
  const cell = "border border-slate-200 px-3 py-2 align-top";
  const select = (name: "entity" | "action" | "actor", options: { value: string; label: string }[]) => (
    <FilterSelect
      id={name}
      name={name}
      label={t(name)}
      anyLabel={t("any")}
      value={search[name]}
      options={options}
    />
  );
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <UrlStateForm
        state={search}
        className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
      >
        {select(
          "entity",
          log.facets.entities.map((value) => ({ value, label: value })),
        )}
        {select(
          "action",
          log.facets.actions.map((value) => ({ value, label: value })),
        )}
        {select(
          "actor",
          log.facets.actors.map((actor) => ({ value: actor.id, label: `${actor.name} <${actor.email}>` })),
        )}
        {(["from", "to"] as const).map((name) => (
          <div key={name}>
            <label htmlFor={name} className="font-medium">
              {t(name)}
            </label>
            <input id={name} name={name} type="date" defaultValue={search[name]} className={field} />
          </div>
        ))}
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("filter")}
        </button>
      </UrlStateForm>
      <p role="status">{t("count", { count: log.total })}</p>
      <RecordTable
        headings={(["when", "who", "action", "record", "changes"] as const).map((column) => t(column))}
        cell={cell}
        className={`${recordTableClass} text-sm`}
      >
        {log.entries.map((entry) => (
          <tr key={entry.id}>
            <td className={cell}>
              {format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
            </td>
            <td className={cell}>
              {entry.actor ? `${entry.actor.name} <${entry.actor.email}>` : t("system")}
            </td>
            <td className={cell}>{entry.action}</td>
            <td className={cell}>
              {entry.entity} {entry.entityId ?? ""}
            </td>
            <td className={cell}>
              <ul>
                {Object.entries(entry.changes).map(([name, change]) => (
                  <li key={name}>
                    {t("change", { field: name, from: asText(change.from), to: asText(change.to) })}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </RecordTable>
      {log.pageCount > 1 && (
        <nav aria-label={t("pages")} className="flex items-center gap-4">
          {page > 1 && (
            <Link href={pageHref(page - 1)} rel="prev" className="text-brand-800 underline">
              {t("previous")}
            </Link>
          )}
          <span>{t("pageOf", { page, pageCount: log.pageCount })}</span>
          {page < log.pageCount && (
            <Link href={pageHref(page + 1)} rel="next" className="text-brand-800 underline">
              {t("next")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
