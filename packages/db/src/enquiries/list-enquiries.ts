import type { TEnquiryFilter } from "@ig/domain";
import { db } from "../client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
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
}

// Staff of both areas work in China: a day in the filter is a day in China Standard Time (no DST).
const chinaDay = (day: string) => new Date(`${day}T00:00:00+08:00`);
const dayAfter = (day: string) => new Date(chinaDay(day).getTime() + 86_400_000);

/** The inbox: filtered, searched (reference, name, company, e-mail), newest first, one page. */
export async function listEnquiries({
  filter,
  areaIds,
  viewerId,
  page = 1,
  pageSize = 25,
}: ListEnquiriesOptions) {
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
      filter.from ? { createdAt: { gte: chinaDay(filter.from) } } : {},
      filter.to ? { createdAt: { lt: dayAfter(filter.to) } } : {},
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
        name: true,
        email: true,
        company: true,
        country: true,
        industrySlug: true,
        sizeBand: true,
        message: true,
        status: true,
        assignee: { select: { id: true, name: true } },
        areas: { select: { slug: true }, orderBy: { slug: "asc" } },
      },
    }),
  ]);
  return {
    total,
    rows: rows.map(({ areas, ...row }) => ({ ...row, areas: areas.map((a) => a.slug) })),
  };
}
export type EnquiryRow = Awaited<ReturnType<typeof listEnquiries>>["rows"][number];
