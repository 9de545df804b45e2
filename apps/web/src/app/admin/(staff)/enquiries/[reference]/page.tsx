import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { hasRole, nextStatuses, ZEnquiryReference, type EnquiryStatus } from "@ig/domain";
import { getEnquiryForStaff, listEnquiryAssignees } from "@ig/db";
import { InboxActionForm } from "@/components/admin/inbox-action-form";
import { countryName } from "@/lib/country-name";
import { momentFormat } from "@/lib/date-formats";
import { parsedParam } from "@/lib/route-params";
import { addEnquiryNoteAction, assignEnquiryAction, changeEnquiryStatusAction } from "../actions";
import { requireStaffPage } from "@/server/staff-guard";

type Params = { params: Promise<{ reference: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  await requireStaffPage();
  return { title: parsedParam(ZEnquiryReference, (await params).reference) };
}

const button = "rounded-md border border-brand-700 px-3 py-1.5 text-brand-800 hover:bg-brand-50";
const primary = "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";

/** One enquiry for staff: details, topics, message, status history, notes, assignment, status. */
export default async function EnquiryPage({ params }: Params) {
  const user = await requireStaffPage();
  const reference = parsedParam(ZEnquiryReference, (await params).reference);
  const enquiry = await getEnquiryForStaff(user, { reference });
  if (!enquiry) notFound();
  const [t, tForm, format, locale] = await Promise.all([
    getTranslations("admin"),
    getTranslations("enquiry"),
    getFormatter(),
    getLocale(),
  ]);
  const canWrite = hasRole(user, "editor");
  const assignees = canWrite
    ? await listEnquiryAssignees(user, { areaIds: enquiry.areas.map((a) => a.id) })
    : [];
  const text = (value: unknown) => (value as { en: string; zh: string })[locale === "zh" ? "zh" : "en"];
  const when = (date: Date) => format.dateTime(date, momentFormat);
  const status = enquiry.status as EnquiryStatus;
  // Labels of the investor's form; a value stored before a vocabulary changed shows as it is.
  const labelOf = (key: string, fallback: string) => (tForm.has(key) ? tForm(key) : fallback);
  const hidden = (
    <>
      <input type="hidden" name="reference" value={enquiry.reference} />
      <input type="hidden" name="version" value={enquiry.version} />
    </>
  );
  const topics = [
    ...enquiry.parks.map((p) => ({
      key: `park-${p.slug}`,
      label: text(p.name),
      href: `/${locale}/parks/${p.slug}`,
    })),
    ...enquiry.projects.map((p) => ({
      key: `project-${p.slug}`,
      label: text(p.name),
      href: `/${locale}/projects/${p.slug}`,
    })),
    ...enquiry.policies.map((p) => ({
      key: `policy-${p.slug}`,
      label: text(p.title),
      href: `/${locale}/policies/${p.slug}`,
    })),
  ];
  const details: [string, string][] = [
    [t("inbox.detail.status"), t(`enquiryStatus.${status}`)],
    [t("inbox.detail.received"), when(enquiry.createdAt)],
    [t("inbox.detail.name"), enquiry.name],
    [t("inbox.detail.company"), enquiry.company],
    [t("inbox.detail.email"), enquiry.email],
    [t("inbox.detail.phone"), enquiry.phone ?? "—"],
    [t("inbox.detail.country"), countryName(enquiry.country, locale)],
    [
      t("inbox.detail.industry"),
      enquiry.industryName ? text(enquiry.industryName) : (enquiry.industrySlug ?? "—"),
    ],
    [t("inbox.detail.size"), labelOf(`sizeBands.${enquiry.sizeBand}`, enquiry.sizeBand)],
    [t("inbox.detail.language"), labelOf(`languages.${enquiry.language}`, enquiry.language)],
    [t("inbox.detail.areas"), enquiry.areas.map((a) => text(a.name)).join(", ")],
    [t("inbox.detail.assignee"), enquiry.assignee?.name ?? t("inbox.unassigned")],
  ];
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/enquiries" className="text-brand-800 underline">
          {t("inbox.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">
        {t("inbox.detail.title", { reference: enquiry.reference })}
      </h1>
      {enquiry.overdue && (
        <p className="rounded-md bg-red-50 p-3 font-medium text-red-900" data-testid="overdue">
          {t("inbox.detail.overdue")}
        </p>
      )}
      <dl className="grid max-w-2xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg bg-white p-4">
        {details.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium">{term}</dt>
            <dd data-testid={term === t("inbox.detail.status") ? "staff-status" : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="topics" className="space-y-2">
        <h2 id="topics" className="text-xl font-semibold">
          {t("inbox.detail.topics")}
        </h2>
        {topics.length ? (
          <ul className="list-disc pl-6">
            {topics.map((topic) => (
              <li key={topic.key}>
                <a href={topic.href} className="text-brand-800 underline">
                  {topic.label}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("inbox.detail.noTopics")}</p>
        )}
      </section>
      <section aria-labelledby="message" className="space-y-2">
        <h2 id="message" className="text-xl font-semibold">
          {t("inbox.detail.message")}
        </h2>
        {/* Investor text, rendered as text (React escapes it), never as HTML. */}
        <p className="whitespace-pre-wrap rounded-lg bg-white p-4">{enquiry.message}</p>
      </section>
      {!canWrite && (
        <p className="rounded-md border border-slate-400 bg-slate-100 p-3">{t("content.readOnlyRole")}</p>
      )}
      {canWrite && (
        <section aria-labelledby="handle" className="space-y-4">
          <h2 id="handle" className="text-xl font-semibold">
            {t("inbox.detail.handle")}
          </h2>
          {/* Keyed by version: the select shows the stored assignee again after every change. */}
          <InboxActionForm
            key={`assign-${enquiry.version}`}
            action={assignEnquiryAction}
            className="flex flex-wrap items-end gap-3"
          >
            {hidden}
            <div>
              <label htmlFor="assigneeId" className="font-medium">
                {t("inbox.detail.assignTo")}
              </label>
              <select
                id="assigneeId"
                name="assigneeId"
                defaultValue={enquiry.assigneeId ?? ""}
                className="mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2"
              >
                <option value="">{t("inbox.unassigned")}</option>
                {assignees.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={button}>
              {t("inbox.detail.assign")}
            </button>
          </InboxActionForm>
          {enquiry.assigneeId !== user.id && (
            <InboxActionForm action={assignEnquiryAction}>
              {hidden}
              <input type="hidden" name="assigneeId" value={user.id} />
              <button type="submit" className={button}>
                {t("inbox.detail.assignToMe")}
              </button>
            </InboxActionForm>
          )}
          {nextStatuses(status).length > 0 && (
            <InboxActionForm
              action={changeEnquiryStatusAction}
              label={t("inbox.detail.changeStatus")}
              className="flex flex-wrap gap-3"
            >
              {hidden}
              {nextStatuses(status).map((to) => (
                <button key={to} type="submit" name="to" value={to} className={button}>
                  {status === "closed"
                    ? t("inbox.detail.reopen")
                    : t("inbox.detail.setStatus", { status: t(`enquiryStatus.${to}`) })}
                </button>
              ))}
            </InboxActionForm>
          )}
          <p className="text-sm text-slate-700">{t("inbox.detail.emailNotice")}</p>
        </section>
      )}
      <section aria-labelledby="history" className="space-y-2">
        <h2 id="history" className="text-xl font-semibold">
          {t("inbox.detail.history")}
        </h2>
        <ol className="list-decimal space-y-1 pl-6">
          {enquiry.history.map((h) => (
            <li key={h.id}>
              {t("inbox.detail.historyEntry", {
                status: t(`enquiryStatus.${h.toStatus as EnquiryStatus}`),
                when: when(h.createdAt),
                who: h.actor?.name ?? t("inbox.detail.system"),
              })}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="notes" className="space-y-3">
        <h2 id="notes" className="text-xl font-semibold">
          {t("inbox.detail.notes")}
        </h2>
        <p className="text-sm text-slate-700">{t("inbox.detail.notesHint")}</p>
        {enquiry.notes.length ? (
          <ul className="space-y-2">
            {enquiry.notes.map((n) => (
              <li key={n.id} className="rounded-lg bg-white p-3">
                <p className="text-sm text-slate-700">
                  {t("inbox.detail.noteBy", { who: n.author.name, when: when(n.createdAt) })}
                </p>
                <p className="whitespace-pre-wrap">{n.body}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("inbox.detail.noNotes")}</p>
        )}
        {canWrite && (
          <InboxActionForm action={addEnquiryNoteAction} className="max-w-2xl space-y-2">
            <input type="hidden" name="reference" value={enquiry.reference} />
            <label htmlFor="note-body" className="block font-medium">
              {t("inbox.detail.newNote")}
            </label>
            <textarea
              id="note-body"
              name="body"
              required
              maxLength={5000}
              rows={4}
              className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
            />
            <button type="submit" className={primary}>
              {t("inbox.detail.addNote")}
            </button>
          </InboxActionForm>
        )}
      </section>
    </div>
  );
}
