import "server-only";
import { ZFigureEdit } from "@ig/domain";
import { getFigureForEditing, UnknownSourceError, updateFigure } from "@ig/db";
import { staffAction, StaffActionError } from "./staff-action";
import { asStaffAction } from "./staff-data-errors";

/**
 * An editor of the figure's area (its own, or its park's or project's) or an admin saves a figure
 * from the version they read: 409 with the current figure if it changed since, 404 for an unknown
 * figure or source.
 */
export const updateFigureAction = staffAction({
  role: "editor",
  schema: ZFigureEdit,
  areaOf: async ({ id }, user) => {
    const figure = await getFigureForEditing(user, id);
    return figure && [figure.area.slug];
  },
  run: async ({ user, input: { id, version, ...input } }) => {
    try {
      const { record } = await asStaffAction(() => updateFigure({ actorId: user.id, id, version, input }));
      return record;
    } catch (error) {
      if (error instanceof UnknownSourceError) throw new StaffActionError(404, error.message);
      throw error;
    }
  },
});
