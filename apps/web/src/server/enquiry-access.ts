import "server-only";
import { enquiryAreaFor } from "@ig/domain";
import { getEnquiryAreaSlugs, getOutboxEmailAreaSlugs, type StaffUser } from "@ig/db";

/**
 * staffAction's area check for an enquiry (by reference): the area the editor acts for, see
 * enquiryAreaFor. No such enquiry: null, so the action itself answers 404.
 */
export const enquiryAreaOf = async ({ reference }: { reference: string }, user: StaffUser) => {
  const slugs = await getEnquiryAreaSlugs({ reference });
  return slugs && enquiryAreaFor(user, slugs);
};

/**
 * The same for an outbox e-mail, by the enquiry it belongs to; a message of no enquiry (a password
 * reset …) has no area, so only administrators retry it.
 */
export const outboxEmailAreaOf = async ({ id }: { id: string }, user: StaffUser) => {
  const slugs = await getOutboxEmailAreaSlugs({ id });
  return slugs && enquiryAreaFor(user, slugs);
};
