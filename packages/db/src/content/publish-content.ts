import { changedFields, contentKinds, type EditableKind } from "@ig/domain";
import { contentTable } from "./content-table.ts";
import { getContentForEditing } from "./get-content-for-editing.ts";
import { saveVersioned } from "./save-versioned.ts";

/**
 * Publishes (or, with `publish: false`, unpublishes) a record of any kind: only its status
 * changes, audited as "publish" / "unpublish"; a stale `version` throws ContentConflictError.
 * Unpublishing also removes the record's draft revision (see drafts/).
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
    write: async (tx, current) => {
      // A draft record is edited directly: its draft revision, if any, must not come back on the
      // next publish (the edit form saves the values it showed together with the unpublish).
      if (!publish) await tx.contentDraft.deleteMany({ where: { kind, recordId: current.id } });
      const { count } = await contentTable(tx, kind).updateMany({
        where: { id: current.id, version },
        data: { status, version: { increment: 1 } },
      });
      return count;
    },
  });
}
