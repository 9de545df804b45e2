import { isOverdue, overdueBefore } from "@ig/domain";
import { db } from "../client.ts";
import { config } from "../config/index.ts";
import type { Localized } from "../dto.ts";
import { enquiryScope } from "./enquiry-scope.ts";

const named = { select: { id: true, name: true } } as const;

/**
 * One enquiry as staff see it: the investor's details, what it is about, the status history,
 * the internal notes and the assignee, with the industry's name (null when none was given) and
 * whether it is overdue (enquiry-overdue.ts). Null when it does not exist or lies outside the
 * reader's areas (the page answers both with 404, so nobody learns of enquiries they may not read).
 */
export async function getEnquiryForStaff({
  reference,
  areaIds,
  now = new Date(),
}: {
  reference: string;
  areaIds: readonly string[] | null;
  now?: Date;
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
  if (!row) return null;
  const industry = row.industrySlug
    ? await db().industry.findUnique({ where: { slug: row.industrySlug }, select: { name: true } })
    : null;
  return {
    ...row,
    industryName: (industry?.name as Localized | undefined) ?? null,
    overdue: isOverdue(
      { status: row.status, touchedAt: row.updatedAt },
      overdueBefore(now, config().timeZone),
    ),
  };
}
export type EnquiryForStaff = NonNullable<Awaited<ReturnType<typeof getEnquiryForStaff>>>;
