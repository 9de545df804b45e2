import { changedFields, contentKinds, type ContentEditOf, type EditableKind } from "@ig/domain";
import { checkContentLinks } from "./check-content-links.ts";
import { storedRecordSearchText } from "./content-search-text.ts";
import { storedValuesOf } from "./content-field-storage.ts";
import { contentTable } from "./content-table.ts";
import { getContentForEditing } from "./get-content-for-editing.ts";
import { newValues, saveVersioned } from "./save-versioned.ts";

/**
 * Saves a staff edit of a record of any kind (see save-versioned.ts for the model) — the code that
 * saves a park, a project, a policy or a news item, each as its definition in
 * packages/domain/src/content-kinds says. In one transaction: throws ContentConflictError when
 * `version` is stale and ContentLinkError when a link is unknown or of another area (nothing
 * written), then writes the changed fields (links by id), the derived columns, the search text
 * and the audit entry of every changed field.
 */
export function updateContent<K extends EditableKind>({
  kind,
  actorId,
  slug,
  version,
  input,
}: {
  kind: K;
  actorId: string;
  slug: string;
  version: number;
  input: ContentEditOf<K>;
}) {
  const definition = contentKinds[kind];
  const fields = input as Record<string, unknown>;
  return saveVersioned({
    entity: definition.entity,
    action: "update",
    actorId,
    slug,
    version,
    load: (tx) => getContentForEditing(kind, slug, tx),
    changes: (current) => changedFields(current as Record<string, unknown>, fields, definition.editFields),
    write: async (tx, current, changes) => {
      const ids = await checkContentLinks(tx, kind, fields);
      const { columns, relations } = storedValuesOf(kind, newValues(changes), ids);
      const derived = "derivedColumns" in definition ? definition.derivedColumns(fields as never) : {};
      const table = contentTable(tx, kind);
      const { count } = await table.updateMany({
        where: { id: current.id, version },
        data: { ...columns, ...derived, version: { increment: 1 } },
      });
      if (count === 0) return 0;
      if (Object.keys(relations).length > 0)
        await table.update({ where: { id: current.id }, data: relations });
      // From the row as now written: its texts and its industries, links included.
      const searchText = await storedRecordSearchText(tx, kind, current.id);
      await table.update({ where: { id: current.id }, data: { searchText } });
      return count;
    },
  });
}
