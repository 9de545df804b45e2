import { changedFields } from "@ig/domain";
import { saveVersioned } from "../content/save-versioned.ts";
import { getParkForEditing } from "./get-park-for-editing.ts";

/** Publishes (or, with `publish: false`, unpublishes) a park, audited; stale versions conflict. */
export function publishPark({
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
    entity: "Park",
    action: publish ? "publish" : "unpublish",
    actorId,
    slug,
    version,
    load: (tx) => getParkForEditing(slug, tx),
    changes: (current) => changedFields(current, { status }, ["status"]),
    write: async (tx, current) =>
      (
        await tx.park.updateMany({
          where: { id: current.id, version },
          data: { status, version: { increment: 1 } },
        })
      ).count,
  });
}
