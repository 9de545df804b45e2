import { db } from "../client.ts";
import { enquiryScope } from "./enquiry-scope.ts";

const named = { select: { id: true, name: true } } as const;

/**
 * One enquiry as staff see it: the investor's details, what it is about, the status history,
 * the internal notes and the assignee. Null when it does not exist or lies outside the reader's
 * areas (the page answers both with 404, so nobody learns of enquiries they may not read).
 */
export async function getEnquiryForStaff({
  reference,
  areaIds,
}: {
  reference: string;
  areaIds: readonly string[] | null;
}) {
  const row = await db().enquiry.findFirst({
    where: { reference, ...enquiryScope(areaIds) },
    include: {
      assignee: named,
      areas: { select: { id: true, slug: true, name: true }, orderBy: { slug: "asc" } },
      parks: { select: { slug: true, name: true } },
      projects: { select: { slug: true, name: true } },
      policies: { select: { slug: true, title: true } },
      notes: { orderBy: { createdAt: "asc" }, include: { author: named } },
      history: { orderBy: { createdAt: "asc" }, include: { actor: named } },
    },
  });
  return row;
}
export type EnquiryForStaff = NonNullable<Awaited<ReturnType<typeof getEnquiryForStaff>>>;
