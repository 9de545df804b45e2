import { awaitingStaffStatuses, dayRangeIn, isOverdue, overdueBefore, type TEnquiryFilter } from "@ig/domain";
import { config } from "../config/index.ts";
import { db } from "../client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Localized } from "../dto.ts";
import { containsText } from "../like-pattern.ts";
import { enquiryScope } from "./enquiry-scope.ts";

export interface ListEnquiriesOptions {
  filter: TEnquiryFilter;
  /** The reader's areas (their ids); null for someone who reads every area. */
  areaIds: readonly string[] | null;
  /** Who "assignee: me" means. */
  viewerId: string;
  page?: number;
  pageSize?: number;
  /** The clock the overdue rule reads (tests set it). */
  now?: Date;
}

/** The inbox: filtered, searched (reference, name, company, e-mail), newest first, one page. */
export async function listEnquiries({
  filter,
  areaIds,
  viewerId,
  page = 1,
  pageSize = 25,
  now = new Date(),
}: ListEnquiriesOptions) {
  const cutoff = overdueBefore(now, config().timeZone);
  const where: Prisma.EnquiryWhereInput = {
    AND: [
      enquiryScope(areaIds),
      filter.status ? { status: filter.status } : {},
      filter.area ? { areas: { some: { slug: filter.area } } } : {},
      filter.industry ? { industrySlug: filter.industry } : {},
      filter.country ? { country: filter.country } : {},
      filter.assignee === "me"
        ? { assigneeId: viewerId }
        : filter.assignee === "none"
          ? { assigneeId: null }
          : filter.assignee
            ? { assigneeId: filter.assignee }
            : {},
      // Staff of both areas work in China: a day in the filter is a day in the portal's time zone.
      { createdAt: dayRangeIn(filter, config().timeZone) },
      // Untouched (status, assignment, note: each sets updatedAt) for two working days.
      filter.overdue ? { status: { in: [...awaitingStaffStatuses] }, updatedAt: { lte: cutoff } } : {},
      filter.q
        ? {
            OR: [
              { reference: containsText(filter.q) },
              { name: containsText(filter.q) },
              { company: containsText(filter.q) },
              { email: containsText(filter.q) },
            ],
          }
        : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db().enquiry.count({ where }),
    db().enquiry.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { reference: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        reference: true,
        createdAt: true,
        updatedAt: true,
        name: true,
        email: true,
        phone: true,
        language: true,
        company: true,
        country: true,
        industrySlug: true,
        sizeBand: true,
        message: true,
        status: true,
        assignee: { select: { id: true, name: true } },
        areas: { select: { slug: true }, orderBy: { slug: "asc" } },
        parks: { select: { name: true } },
        projects: { select: { name: true } },
        policies: { select: { title: true } },
      },
    }),
  ]);
  return {
    total,
    rows: rows.map(({ areas, parks, projects, policies, ...row }) => ({
      ...row,
      areas: areas.map((a) => a.slug),
      /** The parks, projects and policies it is about, by name. */
      topics: [
        ...parks.map((p) => p.name),
        ...projects.map((p) => p.name),
        ...policies.map((p) => p.title),
      ] as Localized[],
      overdue: isOverdue({ status: row.status, touchedAt: row.updatedAt }, cutoff),
    })),
  };
}
export type EnquiryRow = Awaited<ReturnType<typeof listEnquiries>>["rows"][number];
