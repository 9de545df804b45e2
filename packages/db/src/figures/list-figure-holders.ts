import { db } from "../client.ts";
import type { Localized } from "../dto.ts";

/** The parks and projects that have figures, for the figure list's filters. */
export async function listFigureHolders() {
  const select = { slug: true, name: true } as const;
  const has = { figures: { some: {} } };
  const [parks, projects] = await Promise.all([
    db().park.findMany({ where: has, select, orderBy: { slug: "asc" } }),
    db().project.findMany({ where: has, select, orderBy: { slug: "asc" } }),
  ]);
  const view = (row: { slug: string; name: unknown }) => ({ slug: row.slug, name: row.name as Localized });
  return { parks: parks.map(view), projects: projects.map(view) };
}
