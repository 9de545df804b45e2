import "server-only";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import {
  contentKinds,
  countryCodes,
  hasRole,
  transportModes,
  type EditableKind,
  type FormField,
  type Locale,
} from "@ig/domain";
import {
  listContentForStaff,
  listContentOwners,
  listIndustriesForStaff,
  listSources,
  type StaffUser,
} from "@ig/db";
import { localizedText } from "@/components/localized";
import { cachedAreas } from "@/lib/cached-data";
import { countryName } from "@/lib/country-name";
import type { Control, Option } from "./content-controls";

/** A record's name or title, as its kind's definition says. */
export const nameOf = (kind: EditableKind, record: object) =>
  (record as Record<string, unknown>)[contentKinds[kind].nameField] as Record<string, string>;

/** What the options of a form's link fields are drawn from: who asks, the record's area(s) and owner. */
type Context = { user: StaffUser; areas: readonly string[]; manyAreas: boolean; ownerId: string | null };

/**
 * The controls of a kind's form fields (its definition's `form`), in its order, labelled in the
 * staff language. Parks, projects and policies are offered from the record's own area(s) only (a
 * policy: those covering the park's area); the server checks every link again on save.
 */
async function controlsOf(fields: readonly FormField[], context: Context): Promise<Control[]> {
  const t = await getTranslations();
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  const text = (value: Record<string, string>) => localizedText(value, locale);
  const label = (name: string) => t(`admin.content.fields.${name}`);
  const none: Option = { value: "", label: t("admin.content.fields.none") };
  const inAreas = (areas: { slug: string }[]) => areas.some((area) => context.areas.includes(area.slug));
  const records = async (kind: EditableKind) =>
    (await listContentForStaff(context.user, { kind }))
      .filter((row) => inAreas(row.areas))
      .map((row) => ({ value: row.slug, label: text(row.name) }));
  const controls: Control[] = [];
  for (const field of fields) {
    const { name } = field;
    const base = { name, label: label(name) };
    if (field.type === "bilingual") controls.push({ control: "text", ...base, multiline: field.multiline });
    else if (field.type === "choice") {
      const options = field.options.map((value) => ({
        value,
        label: field.labels ? t(`${field.labels}.${value}`) : value,
      }));
      controls.push({ control: "choice", ...base, options: field.optional ? [none, ...options] : options });
    } else if (field.type === "country") {
      const countries = countryCodes
        .map((code) => ({ value: code, label: countryName(code, locale) }))
        .sort((a, b) => a.label.localeCompare(b.label, locale));
      controls.push({ control: "choice", ...base, options: [none, ...countries] });
    } else if (field.type === "checkbox") controls.push({ control: "checkbox", ...base });
    else if (field.type === "areas") {
      const options = (await cachedAreas()).map((area) => ({ value: area.slug, label: text(area.name) }));
      controls.push(
        context.manyAreas
          ? { control: "checkboxes", ...base, options }
          : { control: "choice", ...base, options },
      );
    } else if (field.type === "links") {
      const options =
        field.to === "industries"
          ? (await listIndustriesForStaff(context.user)).map((i) => ({ value: i.slug, label: text(i.name) }))
          : await records(field.to === "parks" ? "park" : field.to === "projects" ? "project" : "policy");
      controls.push({ control: "checkboxes", ...base, options });
    } else if (field.type === "park") {
      controls.push({ control: "choice", ...base, options: [none, ...(await records("park"))] });
    } else if (field.type === "source") {
      const sources = (await listSources()).map((source) => ({
        value: source.id,
        label: `${text(source.title)} (${format.dateTime(new Date(source.publishedOn), { dateStyle: "medium", timeZone: "UTC" })})`,
      }));
      controls.push({ control: "source", ...base, options: [none, ...sources] });
    } else if (field.type === "owner") {
      const owners = (
        await listContentOwners(context.user, { areas: context.areas, current: context.ownerId })
      ).map((owner) => ({
        value: owner.id,
        // Account data (e-mail addresses) is for administrators; others choose by name.
        label: hasRole(context.user, "admin") ? `${owner.name} (${owner.email})` : owner.name,
      }));
      const noOwner = { value: "", label: t("admin.content.fields.noOwner") };
      controls.push({ control: "choice", ...base, options: [noOwner, ...owners] });
    } else if (field.type === "transport") {
      const modes = transportModes.map((mode) => ({ value: mode, label: t(`transportMode.${mode}`) }));
      controls.push({ control: "transport", ...base, modes });
    } else controls.push({ control: "choice", ...base, type: field.type });
  }
  return controls;
}

/** What a kind's edit form shows, for this record (its areas and owner). */
export function contentControlsOf(
  kind: EditableKind,
  user: StaffUser,
  record: { areas: readonly string[]; ownerId: string | null },
) {
  const { form, manyAreas } = contentKinds[kind];
  return controlsOf(form, { user, areas: record.areas, ownerId: record.ownerId, manyAreas });
}

/** What a new record of a kind asks for besides its slug and area(s): the other fields of its `createSchema`. */
export async function createControlsOf(kind: EditableKind, user: StaffUser) {
  const { form, createSchema, manyAreas } = contentKinds[kind];
  const fields = form.filter((field) => field.name !== "areas" && field.name in createSchema.shape);
  return controlsOf(fields, { user, areas: [], ownerId: null, manyAreas });
}

/** The field the staff list shows next to a record's name (stage, type, category, date). */
export async function listDetailOf(kind: EditableKind, user: StaffUser) {
  const { form, listDetail, manyAreas } = contentKinds[kind];
  const [control] = await controlsOf(
    form.filter((field) => field.name === listDetail),
    { user, areas: [], ownerId: null, manyAreas },
  );
  return control as Extract<Control, { control: "choice" }>;
}
