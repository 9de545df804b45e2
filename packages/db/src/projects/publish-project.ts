import { changedFields } from "@ig/domain";
import { saveVersioned } from "../content/save-versioned.ts";
import { getProjectForEditing } from "./get-project-for-editing.ts";

/**
 * Publishes (or, with `publish: false`, unpublishes) a project: only its status changes, audited
 * as "publish" / "unpublish"; a stale `version` throws ContentConflictError.
 */
export function publishProject({
  actorId,
  slug,
  version,
  publish = true,
}: {
  actorId: string;
  slug: string;
  version: number;
  publish?: boolean;
}) {
  const status = publish ? "published" : "draft";
  return saveVersioned({
    entity: "Project",
    action: publish ? "publish" : "unpublish",
    actorId,
    slug,
    version,
    load: (tx) => getProjectForEditing(slug, tx),
    changes: (current) => changedFields(current, { status }, ["status"]),
    write: async (tx, current) =>
      (
        await tx.project.updateMany({
          where: { id: current.id, version },
          data: { status, version: { increment: 1 } },
        })
      ).count,
  });
}
