import { db } from "../client.ts";
import { sourceSelect, toSourceView } from "../dto.ts";

/** Every source a figure may cite, newest first, for the figure edit form's choice. */
export async function listSources() {
  const rows = await db().source.findMany({
    select: { id: true, ...sourceSelect },
    orderBy: [{ publishedOn: "desc" }, { key: "asc" }],
  });
  return rows.map((row) => ({ id: row.id, ...toSourceView(row) }));
}
