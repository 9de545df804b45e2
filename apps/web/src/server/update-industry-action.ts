import "server-only";
import { ZIndustryEdit } from "@ig/domain";
import { updateIndustry } from "@ig/db";
import { staffAction } from "./staff-action";
import { asStaffAction } from "./staff-data-errors";

/**
 * Industries are shared by both new areas (one taxonomy for parks, projects and policies of
 * Tianfu and Liangjiang alike), so no area editor owns them: only administrators change them.
 */
export const updateIndustryAction = staffAction({
  role: "admin",
  schema: ZIndustryEdit,
  run: async ({ user, input: { slug, version, ...input } }) => {
    const { record } = await asStaffAction(() => updateIndustry({ actorId: user.id, slug, version, input }));
    return record;
  },
});
