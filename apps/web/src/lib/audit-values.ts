import "server-only";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import {
  auditNameKey,
  auditReferenceFields,
  auditValueKeys,
  contentKinds,
  type AuditEntity,
  type FormField,
} from "@ig/domain";
import type { AuditNames } from "@ig/db";
import { countryName } from "./country-name";
import { momentFormat } from "./date-formats";

const day = /^\d{4}-\d{2}-\d{2}$/;
const moment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const longest = 200;

/**
 * Fields whose values are slugs of a closed vocabulary, and the message namespace naming them:
 * the content kinds' choice fields as their forms label them (one definition), and the rest.
 */
const vocabularies: Record<string, string> = {
  ...Object.fromEntries(
    Object.values(contentKinds).flatMap((kind) =>
      (kind.form as readonly FormField[]).flatMap((field) =>
        field.type === "choice" && field.labels ? [[field.name, field.labels]] : [],
      ),
    ),
  ),
  mode: "transportMode",
  role: "admin.users.roleNames",
  sizeBand: "enquiry.sizeBands",
  language: "enquiry.languages",
  locale: "enquiry.languages",
};

/**
 * Turns audit values into what a person reads, in the viewer's language: records named (by the
 * names listAuditEntries resolved), vocabulary slugs as their labels ("Under construction", not
 * `under-construction`), countries by name, moments in China time with the zone, bilingual texts
 * in the viewer's language, long texts cut. Answers `label(field)` and `value(entity, field, v)`.
 */
export async function auditPresenter(names: AuditNames) {
  const [locale, format, t, tAll] = await Promise.all([
    getLocale(),
    getFormatter(),
    getTranslations("admin.audit"),
    getTranslations(),
  ]);
  const lang = locale === "zh" ? "zh" : "en";
  const text = (value: Record<string, string>) =>
    value[lang]?.trim() || Object.values(value).find(Boolean) || "";
  const message = (key: string) => (tAll.has(key) ? tAll(key) : null);
  const cut = (s: string) => (s.length > longest ? `${s.slice(0, longest)}…` : s);

  const vocabulary = (entity: AuditEntity, field: string, slug: string) => {
    if (field === "status")
      return message(
        entity === "Enquiry" ? `admin.enquiryStatus.${slug}` : `admin.content.statusValue.${slug}`,
      );
    if (field === "country" || field === "partnerCountry") return countryName(slug, locale);
    return vocabularies[field] ? message(`${vocabularies[field]}.${slug}`) : null;
  };

  const value = (entity: AuditEntity, field: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === "") return "—";
    const table = auditReferenceFields[field];
    if (table) {
      const keys = auditValueKeys(raw);
      if (keys.length === 0) return "—";
      return keys
        .map((key) => {
          const named = names[auditNameKey(table, key)];
          return named ? text(named.name) : t("unknownRecord");
        })
        .join(", ");
    }
    if (field === "notes") return t("noteWritten");
    if (Array.isArray(raw))
      return raw.length ? raw.map((item) => value(entity, field, item)).join(", ") : "—";
    if (typeof raw === "boolean") return t(raw ? "yes" : "no");
    if (typeof raw === "number") return format.number(raw);
    if (typeof raw === "object") {
      const record = raw as Record<string, unknown>;
      if ("en" in record || "zh" in record) return cut(text(record as Record<string, string>)) || "—";
      return cut(JSON.stringify(raw));
    }
    const s = String(raw);
    const label = vocabulary(entity, field, s);
    if (label) return label;
    if (moment.test(s) && !Number.isNaN(Date.parse(s))) return format.dateTime(new Date(s), momentFormat);
    if (day.test(s))
      return format.dateTime(new Date(`${s}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
    return cut(s);
  };

  const label = (field: string) =>
    message(`admin.audit.fields.${field}`) ?? message(`admin.content.fields.${field}`) ?? field;

  return { label, value, text };
}
