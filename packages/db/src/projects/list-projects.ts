import { amountBands, projectPageSize, type TProjectFilter } from "@ig/domain";
import type { Prisma } from "../generated/prisma/client.ts";
import { db } from "../client.ts";
import { isoDate, type Localized } from "../dto.ts";
import { countLimit, countOrder, listTotal } from "../list-total.ts";

/** The projects list's filters as a query (the open-data API filters the same way). */
export function projectWhere(filter: Partial<TProjectFilter>): Prisma.ProjectWhereInput {
  const band = filter.amount ? amountBands[filter.amount] : undefined;
  return {
    status: "published",
    area: filter.area ? { slug: filter.area } : undefined,
    park: filter.park ? { slug: filter.park, status: "published" } : undefined,
    industries: filter.industry ? { some: { slug: filter.industry } } : undefined,
    stage: filter.stage,
    partnerCountry: filter.country,
    ...(band && {
      currency: "CNY",
      amount: { gte: band.min, ...(Number.isFinite(band.max) && { lt: band.max }) },
    }),
  };
}

/**
 * One page of published projects matching the list's filters, and how many match (up to
 * countCap from the first pages: see listTotal).
 */
export async function listProjects(filter: TProjectFilter) {
  const where = projectWhere(filter);
  const orderBy: Prisma.ProjectOrderByWithRelationInput[] =
    filter.sort === "amount"
      ? [{ amount: { sort: "desc", nulls: "last" } }, { slug: "asc" }]
      : [{ signedOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { slug: "asc" }];
  const limit = countLimit(filter.page, projectPageSize);
  const [counted, rows] = await Promise.all([
    db().project.count({ where, take: limit, orderBy: countOrder }),
    db().project.findMany({
      where,
      orderBy,
      skip: (filter.page - 1) * projectPageSize,
      take: projectPageSize,
      select: {
        slug: true,
        name: true,
        summary: true,
        stage: true,
        amount: true,
        currency: true,
        partnerCountry: true,
        signedOn: true,
        area: { select: { slug: true, name: true } },
        park: { select: { slug: true, name: true, status: true } },
      },
    }),
  ]);
  return {
    ...listTotal(counted, limit, projectPageSize),
    items: rows.map((row) => ({
      slug: row.slug,
      name: row.name as Localized,
      summary: row.summary as Localized,
      stage: row.stage,
      amount: row.amount,
      currency: row.currency as "CNY" | "USD" | null,
      partnerCountry: row.partnerCountry,
      signedOn: isoDate(row.signedOn),
      area: { slug: row.area.slug, name: row.area.name as Localized },
      park:
        row.park?.status === "published" ? { slug: row.park.slug, name: row.park.name as Localized } : null,
    })),
  };
}
export type ProjectCard = Awaited<ReturnType<typeof listProjects>>["items"][number];
