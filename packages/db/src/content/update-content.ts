import { changedFields, contentKinds, type ContentEditOf, type EditableKind } from "@ig/domain";
import { storedRecordSearchText } from "./content-search-text.ts";
import { contentTable } from "./content-table.ts";
import { getContentForEditing } from "./get-content-for-editing.ts";
import { newValues, saveVersioned } from "./save-versioned.ts";

/**
 * Saves a staff edit of a record of any kind (see save-versioned.ts for the model): throws
 * ContentConflictError when `version` is stale, writes the changed fields, their audit entry and
 * the search text (the same fields as the seed's) in one transaction.
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
  const { entity, editFields, dateFields } = contentKinds[kind];
  return saveVersioned({
    entity,
    action: "update",
    actorId,
    slug,
    version,
    load: (tx) => getContentForEditing(kind, slug, tx),
    changes: (current) => changedFields(current as Record<string, unknown>, input, editFields),
    write: async (tx, current, changes) => {
      const data = Object.entries(newValues(changes)).map(([field, value]) => [
        field,
        (dateFields as readonly string[]).includes(field) && value !== null
          ? new Date(value as string)
          : value,
      ]);
      const { count } = await contentTable(tx, kind).updateMany({
        where: { id: current.id, version },
        data: {
          ...Object.fromEntries(data),
          searchText: await storedRecordSearchText(tx, kind, current.id, input),
          version: { increment: 1 },
        },
      });
      return count;
    },
  });
}
