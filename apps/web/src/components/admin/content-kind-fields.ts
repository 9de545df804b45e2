import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { contentKinds, countryCodes, type EditableKind, type FormField, type Locale } from "@ig/domain";
import { countryName } from "@/lib/country-name";
import type { ChoiceField, TextField } from "./content-edit-form";

/** A record's name or title, as its kind's definition says. */
export const nameOf = (kind: EditableKind, record: object) =>
  (record as Record<string, unknown>)[contentKinds[kind].nameField] as Record<string, string>;

/** The controls of a kind's form fields (its definition's `form`), labelled in the staff language. */
async function controlsOf(fields: readonly FormField[]) {
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const label = (name: string) => t(`admin.content.fields.${name}`);
  const none = { value: "", label: t("admin.content.fields.none") };
  const texts: TextField[] = [];
  const choices: ChoiceField[] = [];
  for (const field of fields) {
    const { name } = field;
    if (field.type === "bilingual") texts.push({ name, label: label(name), multiline: field.multiline });
    else if (field.type === "choice") {
      const options = field.options.map((value) => ({
        value,
        label: field.labels ? t(`${field.labels}.${value}`) : value,
      }));
      choices.push({ name, label: label(name), options: field.optional ? [none, ...options] : options });
    } else if (field.type === "country") {
      const countries = countryCodes
        .map((code) => ({ value: code, label: countryName(code, locale) }))
        .sort((a, b) => a.label.localeCompare(b.label, locale));
      choices.push({ name, label: label(name), options: [none, ...countries] });
    } else choices.push({ name, label: label(name), type: field.type });
  }
  return { texts, choices };
}

/** What a kind's edit form shows: its bilingual texts and its other fields. */
export function contentFieldsOf(kind: EditableKind) {
  return controlsOf(contentKinds[kind].form);
}

/** What a new record of a kind asks for besides its slug and area(s): the fields of its `createSchema`. */
export function createFieldsOf(kind: EditableKind) {
  const { form, createSchema } = contentKinds[kind];
  return controlsOf(form.filter((field) => field.name in createSchema.shape));
}

/** The field the staff list shows next to a record's name (stage, type, category, date). */
export async function listDetailOf(kind: EditableKind) {
  const { choices } = await controlsOf(
    contentKinds[kind].form.filter((field) => field.name === contentKinds[kind].listDetail),
  );
  return choices[0]!;
}
