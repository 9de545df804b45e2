import type { FigureQualifier, FigureUnit } from "@ig/domain";
import { db } from "../client.ts";
import { appDay, sourceSelect, toSourceView, type Localized } from "../dto.ts";
import { figureHolderOf, figureHolderSelect } from "./figure-area.ts";

/** Every figure in any status, for the staff list: optionally of one area, park or project. */
export async function listFiguresForStaff({
  area,
  park,
  project,
}: { area?: string; park?: string; project?: string } = {}) {
  const rows = await db().figure.findMany({
    where: {
      ...(area && {
        OR: [
          { area: { slug: area } },
          { park: { area: { slug: area } } },
          { project: { area: { slug: area } } },
        ],
      }),
      ...(park && { park: { slug: park } }),
      ...(project && { project: { slug: project } }),
    },
    include: { source: { select: sourceSelect }, ...figureHolderSelect },
    orderBy: [
      { areaId: "asc" },
      { parkId: "asc" },
      { projectId: "asc" },
      { sortOrder: "asc" },
      { id: "asc" },
    ],
  });
  return rows.map((row) => ({
    id: row.id,
    label: row.label as Localized,
    value: row.value,
    unit: row.unit as FigureUnit,
    qualifier: row.qualifier as FigureQualifier | null,
    period: row.period as Localized,
    headline: row.headline,
    source: toSourceView(row.source),
    lastVerifiedAt: appDay(row.lastVerifiedAt),
    ...figureHolderOf(row),
  }));
}
export type FigureRow = Awaited<ReturnType<typeof listFiguresForStaff>>[number];
