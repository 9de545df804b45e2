import { contentKinds, type EditableKind, type FormField } from "@ig/domain";
import { isoDate } from "../dto.ts";
import { Prisma } from "../generated/prisma/client.ts";

/**
 * How the fields of a kind's definition are stored, for the generic content code: most are a
 * column of the same name; `areas` is a park's or project's area (`areaId`) or a policy's or news
 * item's `areas` relation; `links` a relation of the same name; `park` the `parkId` column. Staff
 * see and send slugs, never ids.
 */
const bySlug = { select: { slug: true }, orderBy: { slug: "asc" } } as const;

/** The relations getContentForEditing includes to show a kind's links as slugs. */
export function editingInclude(kind: EditableKind) {
  const include: Record<string, unknown> = contentKinds[kind].manyAreas
    ? { areas: bySlug }
    : { area: { select: { slug: true } } };
  for (const field of contentKinds[kind].form as readonly FormField[]) {
    if (field.type === "links") include[field.name] = bySlug;
    if (field.type === "park") include.park = { select: { slug: true } };
  }
  return include;
}

const slugsOf = (rows: unknown) => ((rows ?? []) as { slug: string }[]).map((row) => row.slug);

/** A stored row's value of one field, as the edit schema gives it. */
export function editValueOf(kind: EditableKind, field: FormField, row: Record<string, unknown>): unknown {
  const { manyAreas, dateFields } = contentKinds[kind];
  if (field.type === "areas") return manyAreas ? slugsOf(row.areas) : slugsOf([row.area]);
  if (field.type === "links") return slugsOf(row[field.name]);
  if (field.type === "park") return (row.park as { slug: string } | null)?.slug ?? null;
  if (field.type === "transport")
    return (row.transport as { distanceKm?: number | null }[]).map((link) => ({
      ...link,
      distanceKm: link.distanceKm ?? null,
    }));
  if (field.type === "checkbox") return Boolean(row[field.name]);
  const value = row[field.name] ?? null;
  return (dateFields as readonly string[]).includes(field.name) ? isoDate(value as Date | null) : value;
}

/** Ids of the records an edit links to, by field and slug (see check-content-links.ts). */
export type LinkIds = Record<string, Map<string, string>>;

/**
 * An edit's changed values as the data of a Prisma update: the scalar columns (for the
 * version-checked updateMany) and the relations (set by id, for an update after it).
 */
export function storedValuesOf(kind: EditableKind, values: Record<string, unknown>, ids: LinkIds) {
  const { manyAreas, dateFields, form } = contentKinds[kind];
  const columns: Record<string, unknown> = {};
  const relations: Record<string, unknown> = {};
  const idsOf = (field: string, slugs: unknown) =>
    (slugs as string[]).map((slug) => ({ id: ids[field]!.get(slug)! }));
  for (const [name, value] of Object.entries(values)) {
    const field = (form as readonly FormField[]).find((f) => f.name === name);
    if (!field) continue;
    if (field.type === "areas" && manyAreas) relations.areas = { set: idsOf(name, value) };
    else if (field.type === "areas") columns.areaId = idsOf(name, value)[0]!.id;
    else if (field.type === "links") relations[name] = { set: idsOf(name, value) };
    else if (field.type === "park") columns.parkId = value === null ? null : ids.park!.get(value as string);
    else if ((dateFields as readonly string[]).includes(name))
      columns[name] = value === null ? null : new Date(value as string);
    // A cleared text is SQL NULL: Prisma would store a plain null as the JSON value `null`, which
    // "IS NULL" (and CHECK "NewsItem_event_complete") do not see as empty.
    else if (field.type === "bilingual" && value === null) columns[name] = Prisma.DbNull;
    else columns[name] = value;
  }
  return { columns, relations };
}
