import { beforeAll, describe, expect, it } from "vitest";
import { rankSites, siteExclusions, siteRequirements, type TSiteSelectionAnswers } from "@ig/domain";
import { db } from "../client.ts";
import { createIndustry, createPark, createPolicy, createProject } from "../seed/factories.ts";
import { seedDatabase } from "../seed/seed-database.ts";
import { listSiteCandidates, listSiteExclusions } from "./list-site-candidates.ts";

let tianfuId: string;
let liangjiangId: string;

beforeAll(async () => {
  await seedDatabase();
  const area = async (slug: string) => (await db().area.findUniqueOrThrow({ where: { slug } })).id;
  [tianfuId, liangjiangId] = [await area("tianfu"), await area("liangjiang")];
});

describe("listSiteCandidates", () => {
  it("gives each published park the projects and applicable policies of the industry asked for", async () => {
    const industry = await createIndustry(db());
    const other = await createIndustry(db());
    const rail = { mode: "rail", text: { en: "A rail link", zh: "铁路" } };
    const park = await createPark(db(), {
      areaId: tianfuId,
      industryIds: [industry.id],
      transport: [rail, rail],
    });
    const neighbour = await createPark(db(), { areaId: liangjiangId });
    const draftPark = await createPark(db(), { areaId: tianfuId, status: "draft" });
    const project = await createProject(db(), {
      areaId: tianfuId,
      parkId: park.id,
      industryIds: [industry.id],
    });
    await createProject(db(), { areaId: tianfuId, parkId: park.id, industryIds: [other.id] });
    await createProject(db(), {
      areaId: tianfuId,
      parkId: park.id,
      industryIds: [industry.id],
      status: "draft",
    });
    const named = await createPolicy(db(), { parkIds: [park.id], industryIds: [industry.id] });
    await createPolicy(db(), { areaIds: [tianfuId], industryIds: [industry.id] });
    await createPolicy(db(), { parkIds: [park.id], industryIds: [other.id] });
    await createPolicy(db(), { parkIds: [neighbour.id], industryIds: [other.id] });
    await createPolicy(db(), { parkIds: [park.id], industryIds: [industry.id], status: "draft" });

    const candidates = await listSiteCandidates({ industry: industry.slug });
    const bySlug = (slug: string) => candidates.find((c) => c.slug === slug);
    expect(bySlug(draftPark.slug)).toBeUndefined();
    expect(bySlug(park.slug)).toMatchObject({
      area: "tianfu",
      type: "industrial-park",
      industries: [industry.slug],
      transportModes: ["rail"],
      projects: [{ slug: project.slug, industries: [industry.slug] }],
    });
    // Only the policies linked to a park apply to it, not those of its whole new area.
    expect(bySlug(park.slug)!.policies.map((p) => p.slug)).toEqual([named.slug]);
    expect(bySlug(neighbour.slug)!.policies).toEqual([]);

    const withoutIndustry = await listSiteCandidates();
    expect(withoutIndustry.find((c) => c.slug === park.slug)).toMatchObject({ projects: [], policies: [] });
  });

  it("reads in full only the parks that meet the hard requirements, and ranks as if it read all", async () => {
    const industry = await createIndustry(db());
    await createPark(db(), { areaId: tianfuId, type: "bonded-zone", industryIds: [industry.id] });
    await createPark(db(), { areaId: liangjiangId, type: "financial-centre", industryIds: [industry.id] });
    const answers: TSiteSelectionAnswers[] = [
      { industry: industry.slug, need: "plant-land", modes: ["rail"], markets: ["china"], area: "tianfu" },
      { industry: industry.slug, need: "bonded-warehouse", modes: [], markets: ["asean"] },
      { need: "rd-space", modes: [], markets: [], area: "liangjiang" },
      { modes: ["air"], markets: [] },
    ];
    for (const answer of answers) {
      const requirements = siteRequirements(answer);
      const candidates = await listSiteCandidates({ industry: answer.industry, ...requirements });
      const left = await listSiteExclusions(requirements);
      expect(candidates.every((park) => siteExclusions(answer, park).length === 0)).toBe(true);
      expect(left.every((park) => siteExclusions(answer, park).length > 0)).toBe(true);

      const everyPark = rankSites(
        answer,
        await listSiteCandidates({ industry: answer.industry }),
        "2026-11-30",
      );
      const filtered = rankSites(answer, candidates, "2026-11-30");
      expect(filtered.ranked).toEqual(everyPark.ranked);
      expect(left.map((park) => ({ slug: park.slug, because: siteExclusions(answer, park) }))).toEqual(
        everyPark.excluded.map(({ park, because }) => ({ slug: park.slug, because })),
      );
    }
  });
});
