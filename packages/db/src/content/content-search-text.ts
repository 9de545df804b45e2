import type { EditableKind } from "@ig/domain";
import type { Tx } from "../client.ts";
import type { Localized } from "../dto.ts";
import { industryNamesOf, searchTextOf } from "../search-text.ts";
import { contentTable, hasManyAreas } from "./content-tables.ts";

/**
 * A record's search text from the same fields the seed factories use (seed/factories.ts): its
 * name or title, summary, a project's investor, a policy's benefit and the names of its
 * industries. `id` is null for a record being created (no industries or investor yet).
 */
export async function contentSearchText(
  tx: Tx,
  kind: EditableKind,
  id: string | null,
  fields: Record<string, unknown>,
): Promise<string> {
  const row =
    id && kind !== "news"
      ? await contentTable(tx, kind).findUnique({
          where: { id },
          select: { industries: { select: { id: true } }, ...(kind === "project" && { investor: true }) },
        })
      : null;
  const industries = await industryNamesOf(
    tx,
    ((row?.industries ?? []) as { id: string }[]).map((i) => i.id),
  );
  const texts = [
    (hasManyAreas(kind) ? fields.title : fields.name) as Localized,
    fields.summary as Localized | undefined,
    (kind === "project" ? row?.investor : fields.benefit) as Localized | null | undefined,
  ];
  return searchTextOf(...texts, ...industries);
}
