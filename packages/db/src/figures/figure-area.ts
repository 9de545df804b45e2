import type { Localized } from "../dto.ts";

type AreaRow = { slug: string; name: unknown };

/** A figure belongs to an area directly, or through its park or project: the one it hangs on. */
export const figureHolderSelect = {
  area: { select: { slug: true, name: true } },
  park: { select: { slug: true, name: true, area: { select: { slug: true, name: true } } } },
  project: { select: { slug: true, name: true, area: { select: { slug: true, name: true } } } },
} as const;

export function figureHolderOf(row: {
  area: AreaRow | null;
  park: { slug: string; name: unknown; area: AreaRow } | null;
  project: { slug: string; name: unknown; area: AreaRow } | null;
}) {
  const holder = row.park
    ? { kind: "park" as const, slug: row.park.slug, name: row.park.name as Localized }
    : row.project
      ? { kind: "project" as const, slug: row.project.slug, name: row.project.name as Localized }
      : null;
  const area = row.area ?? row.park?.area ?? row.project?.area;
  // The schema lets all three be null; the seed never does. Such a figure is admin-only ("").
  return {
    holder,
    area: { slug: area?.slug ?? "", name: (area?.name ?? { en: "—", zh: "—" }) as Localized },
  };
}
