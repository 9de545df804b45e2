import "server-only";
import { getEnquiryAreaSlugs, getOutboxEmailAreaSlugs, type StaffUser } from "@ig/db";
import { getStaffUser } from "./session";
import { StaffActionError } from "./staff-action";

/**
 * The areas whose enquiries a staff member reads (null: every area). Editors read the areas they
 * edit. Administrators read everything; so does a viewer given no area (a read-only observer of
 * both new areas, as on the overview), while a viewer given areas reads only those.
 */
export function readableAreaIds(user: StaffUser): string[] | null {
  if (user.role === "admin") return null;
  if (user.role === "viewer" && user.areas.length === 0) return null;
  return user.areas.map((a) => a.id);
}

/**
 * staffAction's area check for an enquiry: the area slug the signed-in editor edits, when the
 * enquiry concerns several areas and they edit one of them (an enquiry about both new areas may
 * be handled by an editor of either); otherwise its first area, which the check then refuses.
 * No such enquiry: null, so the action itself answers 404.
 */
async function pickArea(slugs: string[] | null) {
  if (slugs === null) return null;
  const user = await getStaffUser();
  return slugs.find((slug) => user?.areas.some((a) => a.slug === slug)) ?? slugs[0] ?? null;
}

export const enquiryAreaOf = ({ reference }: { reference: string }) =>
  getEnquiryAreaSlugs({ reference }).then(pickArea);

// A message of no enquiry (a password reset …) belongs to no area: only administrators retry it.
export const outboxEmailAreaOf = async ({ id }: { id: string }) => {
  const slugs = await getOutboxEmailAreaSlugs({ id });
  if (slugs?.length === 0) throw new StaffActionError(403, "This message belongs to no new area.");
  return pickArea(slugs);
};
