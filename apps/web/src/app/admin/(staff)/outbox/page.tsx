import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { listOutbox } from "@ig/db";
import { momentFormat } from "@/lib/date-formats";
import { InboxActionForm } from "@/components/admin/inbox-action-form";
import { RecordTable, recordTableClass } from "@/components/admin/record-table";
import { retryOutboxEmailAction } from "../enquiries/actions";
import { requireStaffPage } from "@/server/staff-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.outbox"))("title") };
}

/** E-mails not delivered yet, failed ones first, each failed one with a Retry button. */
export default async function OutboxPage() {
  // Viewers change nothing, and the outbox is only worth seeing to act on it.
  const user = await requireStaffPage("editor");
  const [t, format] = await Promise.all([getTranslations("admin.outbox"), getFormatter()]);
  const emails = await listOutbox(user, {});
  const cell = "border border-slate-200 px-3 py-2 align-top";
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p role="status">{t("count", { count: emails.length })}</p>
      <RecordTable
        headings={(
          ["status", "to", "subject", "enquiry", "attempts", "next", "error", "action"] as const
        ).map((column) => t(`columns.${column}`))}
        cell={cell}
        className={`${recordTableClass} text-sm`}
      >
        {emails.map((email) => (
          <tr key={email.id}>
            <td className={cell}>{t(`statuses.${email.status as "failed" | "pending"}`)}</td>
            <td className={cell}>{email.to}</td>
            {/* The e-mail speaks its recipient's language; the SMTP server's error is its own (English). */}
            <td className={cell} id={`subject-${email.id}`} lang={email.language === "zh" ? "zh-CN" : "en"}>
              {email.subject}
            </td>
            <td className={cell}>
              {email.enquiry ? (
                <Link
                  href={`/admin/enquiries/${email.enquiry.reference}`}
                  className="text-brand-800 underline"
                >
                  {email.enquiry.reference}
                </Link>
              ) : (
                "—"
              )}
            </td>
            <td className={cell}>{email.attempts}</td>
            <td className={cell}>{format.dateTime(email.nextAttemptAt, momentFormat)}</td>
            <td className={cell} lang={email.lastError ? "en" : undefined}>
              {email.lastError ?? "—"}
            </td>
            <td className={cell}>
              {email.status === "failed" && (
                <InboxActionForm action={retryOutboxEmailAction}>
                  <input type="hidden" name="id" value={email.id} />
                  <button
                    type="submit"
                    aria-label={t("retryOne", { to: email.to })}
                    aria-describedby={`subject-${email.id}`}
                    className="rounded-md border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50"
                  >
                    {t("retry")}
                  </button>
                </InboxActionForm>
              )}
            </td>
          </tr>
        ))}
      </RecordTable>
    </div>
  );
}
