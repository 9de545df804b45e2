import { changedFields, parkEditFields, type TParkEdit } from "@ig/domain";
import { newValues, saveVersioned } from "../content/save-versioned.ts";
import { industryNamesOf, searchTextOf } from "../search-text.ts";
import { getParkForEditing } from "./get-park-for-editing.ts";

/** Saves a staff edit of a park: like updateProject (conflict on a stale version, audited). */
export function updatePark({
  actorId,
  slug,
  version,
  input,
}: {
  actorId: string;
  slug: string;
  version: number;
  input: Omit<TParkEdit, "slug" | "version">;
}) {
  return saveVersioned({
    entity: "Park",
    action: "update",
    actorId,
    slug,
    version,
    load: (tx) => getParkForEditing(slug, tx),
    changes: (current) => changedFields(current, input, parkEditFields),
    write: async (tx, current, changes) => {
      const { industries } = await tx.park.findUniqueOrThrow({
        where: { id: current.id },
        select: { industries: { select: { id: true } } },
      });
      const industryNames = await industryNamesOf(
        tx,
        industries.map((i) => i.id),
      );
      const { count } = await tx.park.updateMany({
        where: { id: current.id, version },
        data: {
          ...newValues(changes),
          searchText: searchTextOf(input.name, input.summary, ...industryNames),
          version: { increment: 1 },
        },
      });
      return count;
    },
  });
}
