import { contentKinds, type ContentEditOf, type EditableKind } from "@ig/domain";
import { db, type Tx } from "../client.ts";
import { appDay, isoDate, type Localized } from "../dto.ts";
import { contentTable } from "./content-table.ts";

const areaSelect = { select: { slug: true, name: true } } as const;

export type ContentForEditing<K extends EditableKind = EditableKind> = {
  id: string;
  slug: string;
  version: number;
  status: "draft" | "published";
  /** Every area the record belongs to (projects and parks: exactly one). */
  areas: { slug: string; name: Localized }[];
  lastVerifiedAt: string | null;
  updatedAt: string;
} & ContentEditOf<K>;

/** A record of any kind as staff edit it, in any status, or null. */
export async function getContentForEditing<K extends EditableKind>(
  kind: K,
  slug: string,
  tx: Tx = db(),
): Promise<ContentForEditing<K> | null> {
  const { manyAreas: many, editFields, dateFields } = contentKinds[kind];
  const row = await contentTable(tx, kind).findUnique({
    where: { slug },
    include: many ? { areas: { ...areaSelect, orderBy: { slug: "asc" } } } : { area: areaSelect },
  });
  if (!row) return null;
  const areas = (many ? row.areas : [row.area]) as { slug: string; name: Localized }[];
  const fields = editFields.map((field: string) => {
    const value = row[field] ?? null;
    const date = (dateFields as readonly string[]).includes(field);
    return [field, date ? isoDate(value as Date | null) : value];
  });
  return {
    id: row.id,
    slug: row.slug,
    version: row.version,
    status: row.status as "draft" | "published",
    areas: areas.map((area) => ({ slug: area.slug, name: area.name })),
    lastVerifiedAt: appDay(row.lastVerifiedAt),
    updatedAt: row.updatedAt.toISOString(),
    ...(Object.fromEntries(fields) as ContentEditOf<K>),
  };
}
