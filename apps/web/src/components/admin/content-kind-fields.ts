import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import {
  countryCodes,
  parkTypes,
  policyCategories,
  projectStages,
  type EditableKind,
  type Locale,
} from "@ig/domain";
import { countryName } from "@/lib/country-name";
import type { ChoiceField, TextField } from "./content-edit-form";

/** Policies and news items are titled, projects and parks named. */
export const nameFieldOf = (kind: EditableKind) => (kind === "policy" || kind === "news" ? "title" : "name");

/** The select field that says what sort of record it is (none for news: their date instead). */
export async function kindChoiceOf(kind: EditableKind): Promise<ChoiceField> {
  const t = await getTranslations();
  const label = (field: string) => t(`admin.content.fields.${field}`);
  if (kind === "project")
    return {
      name: "stage",
      label: label("stage"),
      options: projectStages.map((s) => ({ value: s, label: t(`projectStage.${s}`) })),
    };
  if (kind === "park")
    return {
      name: "type",
      label: label("type"),
      options: parkTypes.map((s) => ({ value: s, label: t(`parkType.${s}`) })),
    };
  if (kind === "policy")
    return {
      name: "category",
      label: label("category"),
      options: policyCategories.map((s) => ({ value: s, label: t(`policyCategory.${s}`) })),
    };
  return { name: "publishedOn", label: label("publishedOn"), type: "date" };
}

/** What a kind's edit form shows: its bilingual texts and its other fields. */
export async function contentFieldsOf(
  kind: EditableKind,
): Promise<{ texts: TextField[]; choices: ChoiceField[] }> {
  const t = await getTranslations("admin.content.fields");
  const text = (name: string, multiline = false): TextField => ({ name, label: t(name), multiline });
  const kindChoice = await kindChoiceOf(kind);
  if (kind === "policy")
    return {
      texts: [text("title"), text("summary", true), text("fullText", true), text("benefit"), text("issuer")],
      choices: [
        kindChoice,
        { name: "documentNumber", label: t("documentNumber"), type: "text" },
        { name: "effectiveFrom", label: t("effectiveFrom"), type: "date" },
        { name: "effectiveTo", label: t("effectiveTo"), type: "date" },
      ],
    };
  if (kind === "news")
    return { texts: [text("title"), text("summary", true), text("body", true)], choices: [kindChoice] };
  const texts = [text("name"), text("summary", true), text("description", true)];
  if (kind === "park") return { texts, choices: [kindChoice] };
  const locale = (await getLocale()) as Locale;
  const none = { value: "", label: t("none") };
  return {
    texts,
    choices: [
      kindChoice,
      { name: "amount", label: t("amount") },
      {
        name: "currency",
        label: t("currency"),
        options: [none, { value: "CNY", label: "CNY" }, { value: "USD", label: "USD" }],
      },
      {
        name: "partnerCountry",
        label: t("partnerCountry"),
        options: [
          none,
          ...countryCodes
            .map((code) => ({ value: code, label: countryName(code, locale) }))
            .sort((a, b) => a.label.localeCompare(b.label, locale)),
        ],
      },
    ],
  };
}
