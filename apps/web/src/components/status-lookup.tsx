"use client";
import { useActionState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { momentFormat } from "@/lib/date-formats";
import { lookupEnquiry, type StatusLookupState } from "@/app/[locale]/enquiry/status/actions";

const inputClass = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2";

/** The investor's status look-up: works as a plain form post, and in place with JavaScript. */
export function StatusLookup({ initialReference }: { initialReference: string }) {
  const t = useTranslations("enquiryStatus");
  const format = useFormatter();
  const [state, action, pending] = useActionState<StatusLookupState, FormData>(lookupEnquiry, {
    kind: "idle",
  });
  const when = (iso: string) => format.dateTime(new Date(iso), momentFormat);
  return (
    <div className="space-y-6">
      <form action={action} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <div>
          <label htmlFor="reference" className="font-medium">
            {t("reference")}
          </label>
          <input
            id="reference"
            name="reference"
            defaultValue={initialReference}
            required
            aria-describedby="reference-hint"
            className={inputClass}
          />
          <p id="reference-hint" className="text-sm text-slate-700">
            {t("referenceHint")}
          </p>
        </div>
        <div>
          <label htmlFor="status-email" className="font-medium">
            {t("email")}
          </label>
          <input
            id="status-email"
            name="email"
            type="email"
            autoComplete="email"
            required
            className={inputClass}
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70"
        >
          {t("submit")}
        </button>
      </form>
      <div aria-live="polite">
        {state.kind === "not-found" && (
          <p className="rounded-md bg-amber-50 p-4 text-amber-950">{t("notFound")}</p>
        )}
        {state.kind === "rate-limited" && (
          <p className="rounded-md bg-amber-50 p-4 text-amber-950">
            {t("rateLimited", { minutes: Math.ceil((state.retryAfter ?? 60) / 60) })}
          </p>
        )}
        {state.kind === "unavailable" && (
          <p className="rounded-md bg-amber-50 p-4 text-amber-950">{t("unavailable")}</p>
        )}
        {state.kind === "found" && (
          <section
            aria-labelledby="status-result"
            className="rounded-lg border-2 border-brand-700 bg-white p-4"
          >
            <h2 id="status-result" className="text-xl font-semibold">
              {state.enquiry.reference}
            </h2>
            <p className="mt-2">
              {t("current")}:{" "}
              <strong data-testid="current-status">
                {t(`statuses.${state.enquiry.status}` as "statuses.new")}
              </strong>
            </p>
            <h3 className="mt-4 font-semibold">{t("history")}</h3>
            <ol className="mt-1 space-y-1">
              {state.enquiry.history.map((entry) => (
                <li key={entry.at + entry.status}>
                  {when(entry.at)} — {t(`statuses.${entry.status}` as "statuses.new")}
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>
    </div>
  );
}
