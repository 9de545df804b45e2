import { contentKinds, type EditableKind } from "@ig/domain";
import { db } from "../client.ts";
import { appDay, isoDate, type Localized } from "../dto.ts";
import { contentTable } from "./content-table.ts";

const areaSelect = { select: { slug: true, name: true } } as const;

/**
 * Every record of a kind in any status, for the staff list: optionally only those linked to one
 * area, newest change first, each with its owner's name (null: none; staff only, never public).
 */
export async function listContentForStaff({ kind, area }: { kind: EditableKind; area?: string }) {
  const { manyAreas: many, nameField, listDetail } = contentKinds[kind];
  const rows = await contentTable(db(), kind).findMany({
    where: area ? (many ? { areas: { some: { slug: area } } } : { area: { slug: area } }) : {},
    select: {
      slug: true,
      status: true,
      lastVerifiedAt: true,
      updatedAt: true,
      [nameField]: true,
      owner: { select: { name: true } },
      [listDetail]: true,
      ...(many ? { areas: { ...areaSelect, orderBy: { slug: "asc" } } } : { area: areaSelect }),
    },
    orderBy: [{ updatedAt: "desc" }, { slug: "asc" }],
  });
  return rows.map((row) => {
    const detail = row[listDetail];
    return {
      slug: row.slug,
      name: row[nameField] as Localized,
      status: row.status as "draft" | "published",
      /** The stage, type or category slug; a news item's date as "YYYY-MM-DD". */
      detail: detail instanceof Date ? isoDate(detail)! : String(detail),
      lastVerifiedAt: appDay(row.lastVerifiedAt),
      updatedAt: row.updatedAt.toISOString(),
      owner: (row.owner as { name: string } | null)?.name ?? null,
      areas: (many ? row.areas : [row.area]) as { slug: string; name: Localized }[],
    };
  });
}
export type StaffContentRow = Awaited<ReturnType<typeof listContentForStaff>>[number];
