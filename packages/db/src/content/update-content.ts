import {
  changedFields,
  contentKinds,
  type ContentEditOf,
  type EditableKind,
  type TNewSource,
} from "@ig/domain";
import type { Tx } from "../client.ts";
import { checkContentLinks } from "./check-content-links.ts";
import { checkContentOwner } from "./check-content-owner.ts";
import { createNewSources } from "./create-new-sources.ts";
import { storedRecordSearchText } from "./content-search-text.ts";
import { storedValuesOf } from "./content-field-storage.ts";
import { contentTable } from "./content-table.ts";
import { getContentForEditing } from "./get-content-for-editing.ts";
import { newValues, saveVersioned } from "./save-versioned.ts";

/**
 * Saves a staff edit of a record of any kind (see save-versioned.ts for the model) — the code that
 * saves a park, a project, a policy or a news item, each as its definition in
 * packages/domain/src/content-kinds says. In one transaction: throws ContentConflictError when
 * `version` is stale and ContentLinkError when a link is unknown or of another area, or when a
 * new or re-areaed record's owner may not own it (check-content-owner.ts) — nothing written; then
 * creates the `newSources` typed in the form (by the source field they fill, which they replace;
 * recorded in the record's audit entry as `newSource.<field>`) and writes the changed fields (links by id), the derived columns, the
 * search text and the audit entry of every changed field.
 */
export function updateContent<K extends EditableKind>({
  kind,
  actorId,
  slug,
  version,
  input,
  newSources = {},
  tx,
}: {
  kind: K;
  actorId: string;
  slug: string;
  version: number;
  input: ContentEditOf<K>;
  newSources?: Record<string, TNewSource | undefined>;
  tx?: Tx;
}) {
  const definition = contentKinds[kind];
  const fields = { ...input } as Record<string, unknown>;
  let created: Awaited<ReturnType<typeof createNewSources>> = { ids: {}, changes: {} };
  return saveVersioned({
    tx,
    entity: definition.entity,
    action: "update",
    actorId,
    slug,
    version,
    load: (tx) => getContentForEditing(kind, slug, tx),
    prepare: async (tx) => {
      created = await createNewSources(tx, newSources);
      Object.assign(fields, created.ids);
    },
    changes: (current) => ({
      ...changedFields(current as Record<string, unknown>, fields, definition.editFields),
      ...created.changes,
    }),
    write: async (tx, current, changes) => {
      const ids = await checkContentLinks(tx, kind, fields);
      // An owner kept as it was stays even once deactivated: only a change of owner or areas is checked.
      if ("ownerId" in changes || "areas" in changes)
        await checkContentOwner(tx, fields.ownerId as string | null, fields.areas as string[]);
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
