import { changedFields, figureEditFields, type TFigureEdit } from "@ig/domain";
import { saveVersioned, versionedUpdate } from "../content/save-versioned.ts";
import { UnknownSourceError } from "./figure-errors.ts";
import { getFigureForEditing } from "./get-figure-for-editing.ts";

/**
 * Saves a staff edit of a figure, like updateContent: refused on a stale version, each changed field
 * audited. Figures are named by id (saveVersioned's `slug` is just the name it reports). A source
 * that does not exist is refused before anything is written.
 */
export function updateFigure({
  actorId,
  id,
  version,
  input,
}: {
  actorId: string;
  id: string;
  version: number;
  input: Omit<TFigureEdit, "id" | "version">;
}) {
  return saveVersioned({
    entity: "Figure",
    action: "update",
    actorId,
    slug: id,
    version,
    load: (tx) => getFigureForEditing(id, tx),
    changes: (current) => changedFields(current, input, figureEditFields),
    write: async (tx, _current, changes) => {
      if (changes.sourceId && !(await tx.source.findUnique({ where: { id: input.sourceId } })))
        throw new UnknownSourceError(input.sourceId);
      return (await tx.figure.updateMany(versionedUpdate({ id, version, changes }))).count;
    },
  });
}
