import type { AreaSlug, ParkType, SiteCandidate, TransportMode } from "@ig/domain";
import type { Prisma } from "../generated/prisma/client.ts";
import { db } from "../client.ts";
import { figureSelect, isoDate, toFigureView, type Localized } from "../dto.ts";

const published = { status: "published" } as const;
/** Figures shown with each ranked park (the first ones of the park's page). */
const figuresPerPark = 2;
const slugOnly = { select: { slug: true } } as const;

/** The hard requirements of the answers (siteRequirements of packages/domain); none: every park. */
export interface SiteFilter {
  industry?: string;
  area?: AreaSlug;
  /** Park types that can offer the space needed; absent: any. */
  types?: ParkType[];
}

const meeting = ({ area, types }: SiteFilter): Prisma.ParkWhereInput => ({
  ...published,
  area: area ? { slug: area } : undefined,
  type: types ? { in: types } : undefined,
});

/**
 * The published parks that meet the hard requirements (new area, park types), as the
 * site-selection assistant ranks them (a SiteCandidate of packages/domain) with what its result
 * shows: names, transport links with their text, the first figures with source and period, and,
 * for the given industry (a slug), the park's projects of that industry and the policies for it
 * that apply to the park (those linked to it, the rule of policiesApplyingTo and the park's page),
 * each with its benefit and days in force (ISO dates). Without an industry the projects and
 * policies are empty: they only ever count for one. Parks the requirements leave out are not read
 * in full (at 10,000 parks that read every park's relations): listSiteExclusions names them.
 */
export async function listSiteCandidates({ industry, ...requirements }: SiteFilter = {}) {
  // No industry: a condition no row meets, so the relations come back empty.
  const forIndustry = industry
    ? { ...published, industries: { some: { slug: industry } } }
    : { id: { in: [] as string[] } };
  const parks = await db().park.findMany({
    where: meeting(requirements),
    orderBy: { slug: "asc" },
    select: {
      slug: true,
      type: true,
      name: true,
      transport: true,
      area: { select: { slug: true, name: true } },
      industries: { where: published, select: { slug: true, name: true }, orderBy: { slug: "asc" } },
      figures: {
        where: published,
        orderBy: { sortOrder: "asc" },
        take: figuresPerPark,
        select: figureSelect,
      },
      projects: {
        where: forIndustry,
        orderBy: { slug: "asc" },
        select: { slug: true, name: true, stage: true, industries: slugOnly },
      },
      policies: {
        where: forIndustry,
        orderBy: { slug: "asc" },
        select: {
          slug: true,
          title: true,
          benefit: true,
          effectiveFrom: true,
          effectiveTo: true,
          industries: slugOnly,
        },
      },
    },
  });
  return parks.map((park) => {
    const transport = park.transport as { mode: TransportMode; text: Localized }[];
    return {
      slug: park.slug,
      area: park.area.slug as AreaSlug,
      type: park.type as ParkType,
      industries: park.industries.map((i) => i.slug),
      transportModes: [...new Set(transport.map((link) => link.mode))],
      projects: park.projects.map((p) => ({
        slug: p.slug,
        name: p.name as Localized,
        stage: p.stage,
        industries: p.industries.map((i) => i.slug),
      })),
      policies: park.policies.map((p) => ({
        slug: p.slug,
        title: p.title as Localized,
        benefit: (p.benefit as Localized | null) ?? null,
        effectiveFrom: isoDate(p.effectiveFrom),
        effectiveTo: isoDate(p.effectiveTo),
        industries: p.industries.map((i) => i.slug),
      })),
      name: park.name as Localized,
      areaName: park.area.name as Localized,
      industryNames: Object.fromEntries(park.industries.map((i) => [i.slug, i.name as Localized])),
      transport,
      figures: park.figures.map(toFigureView),
    } satisfies SiteCandidate & Record<string, unknown>;
  });
}
export type SiteCandidateView = Awaited<ReturnType<typeof listSiteCandidates>>[number];

/**
 * The published parks the hard requirements leave out, by slug, with what the assistant says of
 * them (name) and what siteExclusions of packages/domain needs to say why (new area, type).
 */
export async function listSiteExclusions(requirements: Omit<SiteFilter, "industry">) {
  if (!requirements.area && !requirements.types) return [];
  const parks = await db().park.findMany({
    where: { ...published, NOT: meeting(requirements) },
    orderBy: { slug: "asc" },
    select: { slug: true, name: true, type: true, area: { select: { slug: true } } },
  });
  return parks.map((park) => ({
    slug: park.slug,
    name: park.name as Localized,
    type: park.type as ParkType,
    area: park.area.slug as AreaSlug,
  }));
}
export type SiteExclusionView = Awaited<ReturnType<typeof listSiteExclusions>>[number];
