import { db } from "../client.ts";
import { figureSelect, toFigureView, type Localized } from "../dto.ts";

/** The published new areas with their headline figures, for the home page. */
export async function listAreas() {
  const rows = await db().area.findMany({
    where: { status: "published" },
    orderBy: { slug: "desc" }, // tianfu, then liangjiang: the order the two areas name themselves
    select: {
      slug: true,
      name: true,
      summary: true,
      figures: {
        where: { status: "published", headline: true },
        orderBy: { sortOrder: "asc" },
        select: figureSelect,
      },
      _count: { select: { parks: { where: { status: "published" } } } },
    },
  });
  return rows.map((row) => ({
    slug: row.slug,
    name: row.name as Localized,
    summary: row.summary as Localized,
    parkCount: row._count.parks,
    figures: row.figures.map(toFigureView),
  }));
}
export type AreaOverview = Awaited<ReturnType<typeof listAreas>>[number];
