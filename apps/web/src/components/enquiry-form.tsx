"use client";
import { useActionState, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { z } from "zod";
import {
  enquiryFieldErrors,
  enquiryFromForm,
  sizeBands,
  ZEnquiryInput,
  type EnquiryField,
  type EnquiryFieldErrors,
} from "@ig/domain/enquiry-input";
import type { Locale } from "@ig/domain/locale";
import { sendEnquiry, type EnquiryFormState } from "@/app/[locale]/enquiry/actions";
import { Link } from "@/i18n/navigation";
import { ProofOfWork } from "./proof-of-work";

// zod probes whether it may compile validators with new Function(): the pages' Content Security
// Policy forbids that (no 'unsafe-eval'), and the refused probe shows as a violation in browsers.
z.config({ jitless: true });

type Option = { value: string; label: string };
type TopicOptions = Record<"parks" | "projects" | "policies", Option[]>;

interface Props {
  locale: Locale;
  /** This rendering's one-time token: a repeated post of the form stores nothing new. */
  submissionToken: string;
  topics: TopicOptions;
  industries: Option[];
  countries: Option[];
  /** What a link to the form filled in (the site-selection assistant's industry and answers). */
  initial?: { industry?: string; message?: string };
}

const fieldOrder: EnquiryField[] = [
  "name",
  "email",
  "phone",
  "company",
  "country",
  "industry",
  "sizeBand",
  "message",
  "language",
  "consent",
];
const inputClass =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

/**
 * The enquiry form. The same zod schema checks it here (inline, before sending) and on the server
 * (the authority); without JavaScript the server's answer re-renders the form with the values kept.
 */
export function EnquiryForm({ locale, submissionToken, topics, industries, countries, initial = {} }: Props) {
  const t = useTranslations("enquiry");
  const [state, action, pending] = useActionState<EnquiryFormState, FormData>(sendEnquiry, { kind: "idle" });
  const [clientErrors, setClientErrors] = useState<EnquiryFieldErrors | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = clientErrors ?? (state.kind === "invalid" ? (state.errors ?? {}) : {});
  const values = state.kind === "idle" ? undefined : state.values;
  const label = (field: EnquiryField) => t(field === "sizeBand" ? "sizeBand" : field);
  const errorText = (field: EnquiryField) => {
    const key = errors[field];
    return key ? t(`errors.${key}`, { field: label(field) }) : null;
  };
  const described = (field: EnquiryField, hint?: string) =>
    [errors[field] && `${field}-error`, hint].filter(Boolean).join(" ") || undefined;
  const invalidFields = fieldOrder.filter((field) => errors[field]);

  function validate(event: React.FormEvent<HTMLFormElement>) {
    const result = ZEnquiryInput.safeParse(enquiryFromForm(new FormData(event.currentTarget)));
    if (result.success) return setClientErrors(null);
    event.preventDefault();
    setClientErrors(enquiryFieldErrors(result.error));
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  const fieldError = (field: EnquiryField) =>
    errorText(field) && (
      <p id={`${field}-error`} className="mt-1 text-sm font-medium text-red-800">
        {errorText(field)}
      </p>
    );

  return (
    <form
      action={action}
      onSubmit={validate}
      noValidate
      className="space-y-6"
      aria-describedby="enquiry-required"
    >
      <input type="hidden" name="locale" value={locale} />
      <input
        type="hidden"
        name="submissionToken"
        value={(state.kind === "token-refused" && state.submissionToken) || submissionToken}
      />
      <ProofOfWork />
      <p id="enquiry-required" className="text-sm text-slate-700">
        {t("required")}
      </p>

      {invalidFields.length > 0 && (
        <div
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          className="rounded-md border-2 border-red-700 bg-red-50 p-4"
        >
          <p className="font-semibold text-red-900">{t("errorSummary", { count: invalidFields.length })}</p>
          <ul className="mt-2 list-disc pl-5">
            {invalidFields.map((field) => (
              <li key={field}>
                <a href={`#${field}`} className="text-red-900 underline">
                  {errorText(field)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.kind === "rate-limited" && (
        <p role="alert" className="rounded-md border-2 border-amber-700 bg-amber-50 p-4 text-amber-950">
          {t("rateLimited", { minutes: Math.ceil((state.retryAfter ?? 60) / 60) })}
        </p>
      )}
      {(state.kind === "unavailable" || state.kind === "token-refused") && (
        <p role="alert" className="rounded-md border-2 border-amber-700 bg-amber-50 p-4 text-amber-950">
          {t(state.kind === "unavailable" ? "unavailable" : "tokenRefused")}
        </p>
      )}

      <fieldset className="rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">{t("about")}</legend>
        {(["parks", "projects", "policies"] as const).every((kind) => topics[kind].length === 0) ? (
          <p className="text-slate-700">{t("aboutNothing")}</p>
        ) : (
          <>
            <p className="text-sm text-slate-700">{t("aboutHint")}</p>
            {(["parks", "projects", "policies"] as const).map(
              (kind) =>
                topics[kind].length > 0 && (
                  <div key={kind} className="mt-3">
                    <p className="font-medium">{t(kind)}</p>
                    <ul className="mt-1 space-y-1">
                      {topics[kind].map((topic) => (
                        <li key={topic.value}>
                          <label className="flex items-start gap-2">
                            <input
                              type="checkbox"
                              name={kind}
                              value={topic.value}
                              defaultChecked={values ? values[kind].includes(topic.value) : true}
                              className="mt-1 size-4"
                            />
                            <span>{topic.label}</span>
                          </label>
                        </li>
                      ))}
                    </ul>
                  </div>
                ),
            )}
          </>
        )}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        {(["name", "email", "phone", "company"] as const).map((field) => (
          <div key={field}>
            <label htmlFor={field} className="font-medium">
              {label(field)}
              {field !== "phone" && " *"}
            </label>
            <input
              id={field}
              name={field}
              type={field === "email" ? "email" : field === "phone" ? "tel" : "text"}
              autoComplete={{ name: "name", email: "email", phone: "tel", company: "organization" }[field]}
              defaultValue={values?.[field] ?? ""}
              required={field !== "phone"}
              aria-invalid={Boolean(errors[field])}
              aria-describedby={described(field)}
              className={inputClass}
            />
            {fieldError(field)}
          </div>
        ))}
        <div>
          <label htmlFor="country" className="font-medium">
            {t("country")} *
          </label>
          <select
            id="country"
            name="country"
            defaultValue={values?.country ?? ""}
            required
            autoComplete="country"
            aria-invalid={Boolean(errors.country)}
            aria-describedby={described("country")}
            className={inputClass}
          >
            <option value="">{t("chooseCountry")}</option>
            {countries.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
          {fieldError("country")}
        </div>
        <div>
          <label htmlFor="industry" className="font-medium">
            {t("industry")}
          </label>
          <select
            id="industry"
            name="industry"
            defaultValue={values ? (values.industry ?? "") : (initial.industry ?? "")}
            className={inputClass}
          >
            <option value="">{t("anyIndustry")}</option>
            {industries.map((i) => (
              <option key={i.value} value={i.value}>
                {i.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="sizeBand" className="font-medium">
            {t("sizeBand")} *
          </label>
          <select
            id="sizeBand"
            name="sizeBand"
            defaultValue={values?.sizeBand ?? ""}
            required
            aria-invalid={Boolean(errors.sizeBand)}
            aria-describedby={described("sizeBand")}
            className={inputClass}
          >
            <option value="">{t("chooseSize")}</option>
            {sizeBands.map((band) => (
              <option key={band} value={band}>
                {t(`sizeBands.${band}`)}
              </option>
            ))}
          </select>
          {fieldError("sizeBand")}
        </div>
        <fieldset>
          <legend className="font-medium">{t("language")} *</legend>
          <div className="mt-2 flex gap-6">
            {(["en", "zh"] as const).map((language) => (
              <label key={language} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="language"
                  value={language}
                  defaultChecked={(values?.language ?? locale) === language}
                  className="size-4"
                />
                {t(`languages.${language}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      <div>
        <label htmlFor="message" className="font-medium">
          {t("message")} *
        </label>
        <p id="message-hint" className="text-sm text-slate-700">
          {t("messageHint")}
        </p>
        <textarea
          id="message"
          name="message"
          rows={6}
          defaultValue={values ? (values.message ?? "") : (initial.message ?? "")}
          required
          aria-invalid={Boolean(errors.message)}
          aria-describedby={described("message", "message-hint")}
          className={inputClass}
        />
        {fieldError("message")}
      </div>

      {/* A trap for bots that fill every field; people never see or reach it. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="website">{t("honeypot")}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <div>
        <label className="flex items-start gap-2">
          <input
            id="consent"
            type="checkbox"
            name="consent"
            defaultChecked={values?.consent ?? false}
            required
            aria-invalid={Boolean(errors.consent)}
            aria-describedby={described("consent")}
            className="mt-1 size-4"
          />
          <span>
            {t.rich("consent", {
              privacy: (chunks) => (
                <Link href="/privacy" className="text-brand-800 underline" target="_blank">
                  {chunks}
                </Link>
              ),
            })}{" "}
            *
          </span>
        </label>
        {fieldError("consent")}
      </div>

      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
