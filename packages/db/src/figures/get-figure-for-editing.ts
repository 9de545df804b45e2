import type { FigureQualifier, FigureUnit } from "@ig/domain";
import { db, type Tx } from "../client.ts";
import { appDay, sourceSelect, toSourceView, type Localized } from "../dto.ts";
import { figureHolderOf, figureHolderSelect } from "./figure-area.ts";

/** A figure as staff edit it, in any status, with its source and what it belongs to; or null. */
export async function getFigureForEditing(id: string, tx: Tx = db()) {
  const row = await tx.figure.findUnique({
    where: { id },
    include: { source: { select: { id: true, ...sourceSelect } }, ...figureHolderSelect },
  });
  if (!row) return null;
  return {
    id: row.id,
    version: row.version,
    status: row.status as "draft" | "published",
    label: row.label as Localized,
    value: row.value,
    unit: row.unit as FigureUnit,
    qualifier: row.qualifier as FigureQualifier | null,
    period: row.period as Localized,
    headline: row.headline,
    sourceId: row.sourceId,
    source: toSourceView(row.source),
    lastVerifiedAt: appDay(row.lastVerifiedAt),
    ...figureHolderOf(row),
  };
}
export type FigureForEditing = NonNullable<Awaited<ReturnType<typeof getFigureForEditing>>>;
