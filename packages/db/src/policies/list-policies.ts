import { dayIn, policyPageSize, type TPolicyFilter } from "@ig/domain";
import { config } from "../config/index.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { db } from "../client.ts";
import { isoDate, type Localized } from "../dto.ts";
import { countLimit, countOrder, listTotal } from "../list-total.ts";

/** The policies list's filters as a query (the open-data API filters the same way). */
export function policyWhere(filter: Partial<TPolicyFilter>): Prisma.PolicyWhereInput {
  // A DATE column compares with the calendar day in China, as midnight UTC like Prisma writes it.
  const today = new Date(dayIn(new Date(), config().timeZone));
  const and: Prisma.PolicyWhereInput[] = [];
  // A park filter finds the policies linked to that park, as on the park's page.
  if (filter.park) and.push({ parks: { some: { slug: filter.park } } });
  if (filter.inForce) {
    and.push({ OR: [{ effectiveFrom: null }, { effectiveFrom: { lte: today } }] });
    and.push({ OR: [{ effectiveTo: null }, { effectiveTo: { gte: today } }] });
  }
  return {
    status: "published",
    category: filter.category,
    areas: filter.area ? { some: { slug: filter.area } } : undefined,
    industries: filter.industry ? { some: { slug: filter.industry } } : undefined,
    AND: and,
  };
}

/**
 * One page of published policies matching the list's filters, and how many match (up to
 * countCap from the first pages: see listTotal).
 */
export async function listPolicies(filter: TPolicyFilter) {
  const where = policyWhere(filter);
  const limit = countLimit(filter.page, policyPageSize);
  const [counted, rows] = await Promise.all([
    db().policy.count({ where, take: limit, orderBy: countOrder }),
    db().policy.findMany({
      where,
      orderBy: [{ effectiveFrom: { sort: "desc", nulls: "last" } }, { slug: "asc" }],
      skip: (filter.page - 1) * policyPageSize,
      take: policyPageSize,
      select: {
        slug: true,
        category: true,
        title: true,
        summary: true,
        benefit: true,
        issuer: true,
        effectiveFrom: true,
        effectiveTo: true,
        areas: { select: { slug: true, name: true } },
      },
    }),
  ]);
  return {
    ...listTotal(counted, limit, policyPageSize),
    items: rows.map((row) => ({
      slug: row.slug,
      category: row.category,
      title: row.title as Localized,
      summary: row.summary as Localized,
      benefit: (row.benefit as Localized | null) ?? null,
      issuer: row.issuer as Localized,
      effectiveFrom: isoDate(row.effectiveFrom),
      effectiveTo: isoDate(row.effectiveTo),
      areas: row.areas.map((a) => ({ slug: a.slug, name: a.name as Localized })),
    })),
  };
}
export type PolicyCard = Awaited<ReturnType<typeof listPolicies>>["items"][number];
