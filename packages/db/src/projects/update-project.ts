import { changedFields, projectEditFields, type TProjectEdit } from "@ig/domain";
import type { Tx } from "../client.ts";
import type { Localized } from "../dto.ts";
import { newValues, saveVersioned } from "../content/save-versioned.ts";
import { industryNamesOf, searchTextOf } from "../search-text.ts";
import { getProjectForEditing } from "./get-project-for-editing.ts";

/**
 * Saves a staff edit of a project (see content/save-versioned.ts for the model): throws
 * ContentConflictError when `version` is stale, writes the changed fields, their audit entry and
 * the search text (the same fields as the seed's) in one transaction.
 */
export function updateProject({
  actorId,
  slug,
  version,
  input,
}: {
  actorId: string;
  slug: string;
  version: number;
  input: Omit<TProjectEdit, "slug" | "version">;
}) {
  return saveVersioned({
    entity: "Project",
    action: "update",
    actorId,
    slug,
    version,
    load: (tx) => getProjectForEditing(slug, tx),
    changes: (current) => changedFields(current, input, projectEditFields),
    write: async (tx, current, changes) => {
      const { count } = await tx.project.updateMany({
        where: { id: current.id, version },
        data: {
          ...newValues(changes),
          searchText: await projectSearchText(tx, current.id, input),
          version: { increment: 1 },
        },
      });
      return count;
    },
  });
}

async function projectSearchText(tx: Tx, id: string, input: { name: Localized; summary: Localized }) {
  const row = await tx.project.findUniqueOrThrow({
    where: { id },
    select: { investor: true, industries: { select: { id: true } } },
  });
  const industries = await industryNamesOf(
    tx,
    row.industries.map((i) => i.id),
  );
  return searchTextOf(input.name, input.summary, row.investor as Localized | null, ...industries);
}
