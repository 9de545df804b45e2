import { changedFields, contentKinds, type EditableKind } from "@ig/domain";
import { contentTable } from "./content-table.ts";
import { getContentForEditing } from "./get-content-for-editing.ts";
import { saveVersioned } from "./save-versioned.ts";

/**
 * Publishes (or, with `publish: false`, unpublishes) a record of any kind: only its status
 * changes, audited as "publish" / "unpublish"; a stale `version` throws ContentConflictError.
 */
export function publishContent<K extends EditableKind>({
  kind,
  actorId,
  slug,
  version,
  publish = true,
}: {
  kind: K;
  actorId: string;
  slug: string;
  version: number;
  publish?: boolean;
}) {
  const status = publish ? "published" : "draft";
  return saveVersioned({
    entity: contentKinds[kind].entity,
    action: publish ? "publish" : "unpublish",
    actorId,
    slug,
    version,
    load: (tx) => getContentForEditing(kind, slug, tx),
    changes: (current) => changedFields({ status: current.status }, { status }, ["status"]),
    write: async (tx, current) =>
      (
        await contentTable(tx, kind).updateMany({
          where: { id: current.id, version },
          data: { status, version: { increment: 1 } },
        })
      ).count,
  });
}
