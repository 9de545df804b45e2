import "server-only";
import { revalidateTag } from "next/cache";
import { z } from "zod";
import { ZEditText, ZSlug, ZVersion } from "@ig/domain";
import { getContentForEditing, updateContent } from "@ig/db";
import { contentTag } from "@/lib/cached-data";
import { contentAreasOf } from "./content-edit-action";
import { staffAction, StaffActionError } from "./staff-action";
import { asStaffAction } from "./staff-data-errors";

/**
 * An editor of the park's area (or an admin) changes its summary, from the version they read:
 * the other edit fields are passed on as stored, so updateContent records only the summary (and
 * refuses with 409 if the park changed since that version).
 */
export const updateParkSummaryAction = staffAction({
  role: "editor",
  schema: z.object({ slug: ZSlug, version: ZVersion, summary: ZEditText }),
  areaOf: (input, user) => contentAreasOf(user, "park", input.slug),
  run: async ({ user, input: { slug, version, summary } }) => {
    const park = await getContentForEditing(user, "park", slug);
    if (!park) throw new StaffActionError(404, `No park with the slug "${slug}".`);
    const { record } = await asStaffAction(() =>
      updateContent({
        kind: "park",
        actorId: user.id,
        slug,
        version,
        input: { ...park, summary },
      }),
    );
    revalidateTag(contentTag, { expire: 0 });
    return { slug: record.slug, version: record.version, summary: record.summary };
  },
});
