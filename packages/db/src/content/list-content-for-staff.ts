import type { EditableKind } from "@ig/domain";
import { db } from "../client.ts";
import { appDay, isoDate, type Localized } from "../dto.ts";
import { contentTable, hasManyAreas } from "./content-tables.ts";

/** What the staff list shows of each kind next to its name: stage, type, category, date. */
const kindField: Record<EditableKind, string> = {
  project: "stage",
  park: "type",
  policy: "category",
  news: "publishedOn",
};
const areaSelect = { select: { slug: true, name: true } } as const;

/**
 * Every record of a kind in any status, for the staff list: optionally only those linked to one
 * area, newest change first.
 */
export async function listContentForStaff({ kind, area }: { kind: EditableKind; area?: string }) {
  const many = hasManyAreas(kind);
  const nameField = many ? "title" : "name";
  const rows = await contentTable(db(), kind).findMany({
    where: area ? (many ? { areas: { some: { slug: area } } } : { area: { slug: area } }) : {},
    select: {
      slug: true,
      status: true,
      lastVerifiedAt: true,
      updatedAt: true,
      [nameField]: true,
      [kindField[kind]]: true,
      ...(many ? { areas: { ...areaSelect, orderBy: { slug: "asc" } } } : { area: areaSelect }),
    },
    orderBy: [{ updatedAt: "desc" }, { slug: "asc" }],
  });
  return rows.map((row) => {
    const detail = row[kindField[kind]];
    return {
      slug: row.slug,
      name: row[nameField] as Localized,
      status: row.status as "draft" | "published",
      /** The stage, type or category slug; a news item's date as "YYYY-MM-DD". */
      detail: detail instanceof Date ? isoDate(detail)! : String(detail),
      lastVerifiedAt: appDay(row.lastVerifiedAt),
      updatedAt: row.updatedAt.toISOString(),
      areas: (many ? row.areas : [row.area]) as { slug: string; name: Localized }[],
    };
  });
}
export type StaffContentRow = Awaited<ReturnType<typeof listContentForStaff>>[number];
