// Loads many generated parks, projects and policies for the benchmarks: multi-row inserts of
// `batchSize` records (createMany), so 110,000 records take a minute or two, not an hour.
import { policyCategories } from "@ig/domain";
import { db } from "../client.ts";
import { searchTextOfRecord } from "../content/content-search-text.ts";
import { investors, parkKinds, places, projectKinds, themes } from "./bench-vocabulary.ts";

/** Every generated record's slug starts with this, so a run can remove the last one's first. */
export const benchPrefix = "bench-";
const batchSize = 2_000;
const stages = ["opportunity", "signed", "under-construction", "operating"] as const;

// A fixed seed: every run generates the same records, so figures compare across runs.
function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}
const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

export async function removeSearchData() {
  await db().policy.deleteMany({ where: { slug: { startsWith: benchPrefix } } });
  await db().project.deleteMany({ where: { slug: { startsWith: benchPrefix } } });
  await db().park.deleteMany({ where: { slug: { startsWith: benchPrefix } } });
}

export async function generateSearchData({
  parks,
  projects,
  policies = 0,
}: {
  parks: number;
  projects: number;
  policies?: number;
}) {
  const next = random(42);
  const areas = await db().area.findMany({ select: { id: true, slug: true, name: true } });
  const place = await placeWithinSeedParks();
  const parkRows = Array.from({ length: parks }, (_, i) => {
    const area = pick(next, areas);
    const areaName = area.name as { en: string; zh: string };
    const [placeEn, placeZh] = pick(next, places);
    const [themeEn, themeZh] = pick(next, themes);
    const [otherEn, otherZh] = pick(next, themes);
    const [kindEn, kindZh, type] = pick(next, parkKinds);
    const firms = 20 + Math.floor(next() * 480);
    const name = { en: `${placeEn} ${themeEn} ${kindEn}`, zh: `${placeZh}${themeZh}${kindZh}` };
    const summary = {
      en: `A ${kindEn.toLowerCase()} in ${placeEn}, ${areaName.en}, for ${themeEn.toLowerCase()} and ${otherEn.toLowerCase()} companies, with ${firms} enterprises and rail, road and air links.`,
      zh: `位于${areaName.zh}${placeZh}的${kindZh}，重点发展${themeZh}和${otherZh}产业，已集聚${firms}家企业，铁路、公路和航空交通便利。`,
    };
    const slug = `${benchPrefix}park-${i}`;
    return {
      id: slug,
      slug,
      areaId: area.id,
      type,
      name,
      summary,
      description: summary,
      searchText: searchTextOfRecord("park", { name, summary }),
      status: next() < 0.95 ? "published" : "draft",
      ...place(area.id),
    };
  });
  for (let i = 0; i < parkRows.length; i += batchSize) {
    await db().park.createMany({ data: parkRows.slice(i, i + batchSize) });
  }
  for (let start = 0; start < projects; start += batchSize) {
    const rows = Array.from({ length: Math.min(batchSize, projects - start) }, (_, j) => {
      const park = pick(next, parkRows);
      const [investorEn, investorZh] = pick(next, investors);
      const [themeEn, themeZh] = pick(next, themes);
      const [kindEn, kindZh] = pick(next, projectKinds);
      const [placeEn, placeZh] = pick(next, places);
      const amount = Math.round(50 + next() * 9_950);
      const stage = pick(next, stages);
      const name = { en: `${investorEn} ${themeEn} ${kindEn}`, zh: `${investorZh}${themeZh}${kindZh}` };
      const summary = {
        en: `${investorEn} invests CNY ${amount} million in a ${themeEn.toLowerCase()} ${kindEn.toLowerCase()} in ${placeEn}.`,
        zh: `${investorZh}投资${amount}百万元，在${placeZh}建设${themeZh}${kindZh}。`,
      };
      const investor = { en: investorEn, zh: investorZh };
      const slug = `${benchPrefix}project-${start + j}`;
      return {
        slug,
        areaId: park.areaId,
        parkId: park.id,
        name,
        summary,
        description: summary,
        investor,
        amount: amount * 1e6,
        currency: "CNY",
        stage,
        searchText: searchTextOfRecord("project", { name, summary, investor }),
        status: next() < 0.95 ? "published" : "draft",
      };
    });
    await db().project.createMany({ data: rows });
  }
  await generatePolicies(policies, next, areas);
  await db().$executeRaw`ANALYZE "Park", "Project", "Policy", "_AreaToPolicy"`;
}

/**
 * A position inside the box around the area's seed parks, so that the map has thousands of markers
 * to draw; one park in ten has none, as in real data. A generator of its own leaves every other
 * generated value as earlier runs measured it.
 */
async function placeWithinSeedParks() {
  const boxes = await db().park.groupBy({
    by: ["areaId"],
    where: { lat: { not: null }, lng: { not: null } },
    _min: { lat: true, lng: true },
    _max: { lat: true, lng: true },
  });
  const next = random(7);
  return (areaId: string) => {
    const box = boxes.find((b) => b.areaId === areaId);
    if (!box || next() < 0.1) return {};
    const within = (min: number | null, max: number | null) => min! + next() * (max! - min!);
    return { lat: within(box._min.lat, box._max.lat), lng: within(box._min.lng, box._max.lng) };
  };
}

async function generatePolicies(count: number, next: () => number, areas: { id: string }[]) {
  for (let start = 0; start < count; start += batchSize) {
    const rows = Array.from({ length: Math.min(batchSize, count - start) }, (_, j) => {
      const [themeEn, themeZh] = pick(next, themes);
      const [placeEn, placeZh] = pick(next, places);
      const percent = 5 + Math.floor(next() * 45);
      const title = {
        en: `${placeEn} measures for ${themeEn.toLowerCase()}`,
        zh: `${placeZh}${themeZh}扶持措施`,
      };
      const summary = {
        en: `Companies in ${themeEn.toLowerCase()} in ${placeEn} receive a subsidy of ${percent}% of eligible costs.`,
        zh: `${placeZh}${themeZh}企业可获得符合条件费用${percent}%的补贴。`,
      };
      const slug = `${benchPrefix}policy-${start + j}`;
      return {
        id: slug,
        slug,
        category: pick(next, policyCategories),
        title,
        summary,
        fullText: summary,
        issuer: { en: `${placeEn} Administrative Committee`, zh: `${placeZh}管委会` },
        effectiveFrom: new Date(Date.UTC(2020 + Math.floor(next() * 7), 0, 1)),
        searchText: searchTextOfRecord("policy", { title, summary }),
        status: next() < 0.95 ? "published" : "draft",
      };
    });
    await db().policy.createMany({ data: rows });
    const links = rows.map((row) => ({ A: pick(next, areas).id, B: row.id }));
    await db().$executeRaw`
      INSERT INTO "_AreaToPolicy" ("A", "B")
      SELECT * FROM unnest(${links.map((l) => l.A)}::text[], ${links.map((l) => l.B)}::text[])`;
  }
}
