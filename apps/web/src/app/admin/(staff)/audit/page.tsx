import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { auditActions, auditEntities, parseAuditFilter, type SearchParams } from "@ig/domain";
import { listAuditEntries } from "@ig/db";
import { FilterSelect } from "@/components/admin/filter-select";
import { RecordTable, recordTableClass } from "@/components/admin/record-table";
import { auditRecordPath } from "@/lib/audit-record-path";
import { auditPresenter } from "@/lib/audit-values";
import { cleanQuery } from "@/lib/clean-query";
import { momentFormat, zoneName } from "@/lib/date-formats";
import { notFoundPastLastPage } from "@/lib/list-page";
import { requireStaffPage } from "@/server/staff-guard";
import { UrlStateForm } from "@/components/url-state-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("title") };
}

/**
 * The audit log for people: who did what to which record (by name, linked), each changed field by
 * its label with human values; filtered by record type, record, action, person and China days.
 */
export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireStaffPage("admin");
  const { page, ...search } = parseAuditFilter(await searchParams) ?? notFound();
  const [t, format, locale, timeZone] = await Promise.all([
    getTranslations("admin.audit"),
    getFormatter(),
    getLocale(),
    getTimeZone(),
  ]);
  const log = await listAuditEntries(user, {
    entity: search.entity,
    recordId: search.record,
    action: search.action,
    actorId: search.actor,
    from: search.from,
    to: search.to,
    page,
  });
  notFoundPastLastPage(page, log.pageCount);
  const present = await auditPresenter(log.names);
  const href = (query: Record<string, string | number | undefined>) =>
    `/admin/audit?${new URLSearchParams(cleanQuery(query))}`;
  const pageHref = (target: number) => href({ ...search, page: target });
  const field = "mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2";
  const cell = "border border-slate-200 px-3 py-2 align-top";
  const filtered = log.entries[0];
  const recordName =
    search.record && filtered?.entityId === search.record && filtered.record
      ? present.text(filtered.record.name)
      : search.record;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <UrlStateForm
        state={search}
        className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
      >
        <FilterSelect
          id="entity"
          name="entity"
          label={t("entity")}
          anyLabel={t("any")}
          value={search.entity}
          options={auditEntities.map((value) => ({ value, label: t(`entities.${value}`) }))}
        />
        <FilterSelect
          id="action"
          name="action"
          label={t("action")}
          anyLabel={t("any")}
          value={search.action}
          options={auditActions.map((value) => ({ value, label: t(`actions.${value}`) }))}
        />
        <FilterSelect
          id="actor"
          name="actor"
          label={t("actor")}
          anyLabel={t("any")}
          value={search.actor}
          options={log.actors.map((actor) => ({ value: actor.id, label: `${actor.name} <${actor.email}>` }))}
        />
        {(["from", "to"] as const).map((name) => (
          <div key={name}>
            <label htmlFor={name} className="font-medium">
              {t(name)}
            </label>
            <input id={name} name={name} type="date" defaultValue={search[name]} className={field} />
          </div>
        ))}
        {search.record && <input type="hidden" name="record" value={search.record} />}
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("filter")}
        </button>
        <p className="w-full text-sm text-slate-700">{t("zoneNote", { zone: zoneName(locale, timeZone) })}</p>
      </UrlStateForm>
      {search.record && (
        <p>
          {t("recordFilter", { record: recordName ?? "" })}{" "}
          <Link
            href={href({ ...search, record: undefined, entity: undefined })}
            className="text-brand-800 underline"
          >
            {t("allRecords")}
          </Link>
        </p>
      )}
      <p role="status">{t("count", { count: log.total })}</p>
      <RecordTable
        headings={(["when", "who", "action", "record", "changes"] as const).map((column) => t(column))}
        cell={cell}
        className={`${recordTableClass} text-sm`}
      >
        {log.entries.map((entry) => {
          const path = entry.entityId ? auditRecordPath(entry.entity, entry.entityId, entry.record) : null;
          const name = entry.record ? present.text(entry.record.name) : t("goneRecord");
          return (
            <tr key={entry.id}>
              <td className={cell}>{format.dateTime(entry.createdAt, momentFormat)}</td>
              <td className={cell}>
                {entry.actor ? `${entry.actor.name} <${entry.actor.email}>` : t("system")}
              </td>
              <td className={cell}>{t(`actions.${entry.action}`)}</td>
              <td className={cell}>
                <span className="block text-slate-700">{t(`entities.${entry.entity}`)}</span>
                {entry.entityId && (
                  <>
                    {path ? (
                      <Link href={path} className="block py-1 font-medium text-brand-800 underline">
                        {name}
                      </Link>
                    ) : (
                      <span className="font-medium">{name}</span>
                    )}
                    {search.record !== entry.entityId && (
                      <Link
                        href={href({ entity: entry.entity, record: entry.entityId })}
                        className="inline-block py-1 text-brand-800 underline"
                        aria-label={t("historyOf", { record: name })}
                      >
                        {t("history")}
                      </Link>
                    )}
                  </>
                )}
              </td>
              <td className={cell}>
                <ul>
                  {Object.entries(entry.changes).map(([fieldName, change]) => (
                    <li key={fieldName}>
                      {t("change", {
                        field: present.label(fieldName),
                        from: present.value(entry.entity, fieldName, change.from),
                        to: present.value(entry.entity, fieldName, change.to),
                      })}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          );
        })}
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
