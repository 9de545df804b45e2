// Bulk writes for the benchmarks (`bench/`): multi-row inserts of `batchSize` records
// (createMany), so 115,000 records take a minute or two, not an hour. Nothing in the portal calls
// these; they exist so the benchmark needs no raw client.
import { db } from "../client.ts";
import type { Localized } from "../dto.ts";
import { searchTextOfRecord } from "../content/content-search-text.ts";

const batchSize = 2_000;
type Status = "published" | "draft";

export interface BenchPark {
  slug: string;
  areaSlug: string;
  /** A park type of the domain's `parkTypes`. */
  type: string;
  name: Localized;
  summary: Localized;
  status: Status;
  /** Position in degrees (WGS 84); absent for a park without one. */
  lat?: number;
  lng?: number;
}
export interface BenchProject {
  slug: string;
  parkSlug: string;
  name: Localized;
  summary: Localized;
  investor: Localized;
  /** In CNY (not millions). */
  amount: number;
  stage: string;
  status: Status;
}
export interface BenchPolicy {
  slug: string;
  areaSlug: string;
  category: string;
  title: Localized;
  summary: Localized;
  issuer: Localized;
  effectiveFrom: Date;
  status: Status;
}

/**
 * Inserts generated parks, then their projects (each in its park's area), then policies (each
 * linked to one area), with their search texts, and refreshes the planner's statistics. A park's
 * id is its slug. Throws on an unknown area slug or a taken slug (nothing of that batch written).
 */
export async function insertBenchVolume({
  parks,
  projects,
  policies,
}: {
  parks: BenchPark[];
  projects: BenchProject[];
  policies: BenchPolicy[];
}) {
  const areas = await db().area.findMany({ select: { id: true, slug: true } });
  const areaId = (slug: string) => {
    const area = areas.find((a) => a.slug === slug);
    if (!area) throw new Error(`No area "${slug}"`);
    return area.id;
  };
  const parkArea = new Map(parks.map((park) => [park.slug, areaId(park.areaSlug)]));
  for (let i = 0; i < parks.length; i += batchSize) {
    await db().park.createMany({
      data: parks.slice(i, i + batchSize).map(({ areaSlug: _area, ...park }) => ({
        ...park,
        id: park.slug,
        areaId: parkArea.get(park.slug)!,
        description: park.summary,
        searchText: searchTextOfRecord("park", park),
      })),
    });
  }
  for (let i = 0; i < projects.length; i += batchSize) {
    await db().project.createMany({
      data: projects.slice(i, i + batchSize).map(({ parkSlug, ...project }) => ({
        ...project,
        parkId: parkSlug,
        areaId: parkArea.get(parkSlug)!,
        description: project.summary,
        currency: "CNY",
        searchText: searchTextOfRecord("project", project),
      })),
    });
  }
  for (let i = 0; i < policies.length; i += batchSize) {
    const batch = policies.slice(i, i + batchSize);
    await db().policy.createMany({
      data: batch.map(({ areaSlug: _, ...policy }) => ({
        ...policy,
        id: policy.slug,
        fullText: policy.summary,
        searchText: searchTextOfRecord("policy", policy),
      })),
    });
    await db().$executeRaw`
      INSERT INTO "_AreaToPolicy" ("A", "B")
      SELECT * FROM unnest(${batch.map((p) => areaId(p.areaSlug))}::text[], ${batch.map((p) => p.slug)}::text[])`;
  }
  await db().$executeRaw`ANALYZE "Park", "Project", "Policy", "_AreaToPolicy"`;
}

/** Deletes the parks, projects and policies whose slug starts with `prefix` (a previous run's). */
export async function removeBenchVolume(prefix: string) {
  await db().policy.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db().project.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db().park.deleteMany({ where: { slug: { startsWith: prefix } } });
}

/** How many parks have a slug starting with `prefix`: a loaded volume has some. */
export function countBenchParks(prefix: string) {
  return db().park.count({ where: { slug: { startsWith: prefix } } });
}

/**
 * Per area, the box (degrees) around its parks that have a position: where generated parks are
 * placed. Areas without such a park are left out.
 */
export async function listAreaParkBoxes() {
  const [areas, boxes] = await Promise.all([
    db().area.findMany({ select: { id: true, slug: true } }),
    db().park.groupBy({
      by: ["areaId"],
      where: { lat: { not: null }, lng: { not: null } },
      _min: { lat: true, lng: true },
      _max: { lat: true, lng: true },
    }),
  ]);
  return boxes.map((box) => ({
    areaSlug: areas.find((area) => area.id === box.areaId)!.slug,
    minLat: box._min.lat!,
    maxLat: box._max.lat!,
    minLng: box._min.lng!,
    maxLng: box._max.lng!,
  }));
}
