import "server-only";
import { ZMarkVerified } from "@ig/domain";
import { getContentAreas, markVerified } from "@ig/db";
import { staffAction } from "./staff-action";
import { asStaffAction } from "./staff-data-errors";

/**
 * "Mark verified" on any kind of content record, by the same rule as editing it: an editor of
 * every area the record covers (a policy or news item may cover both), or an admin. Industries,
 * shared by both areas, cover none: admins only. An unknown record answers 404.
 */
export const markVerifiedAction = staffAction({
  role: "editor",
  schema: ZMarkVerified,
  areaOf: (input) => getContentAreas(input),
  run: async ({ user, input }) => {
    const { record } = await asStaffAction(() => markVerified({ ...input, actorId: user.id }));
    return record;
  },
});
