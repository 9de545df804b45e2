// Generates many parks, projects and policies for the benchmarks and loads them through
// `@ig/db/bench-volume` (multi-row inserts, so 110,000 records take a minute or two, not an hour).
import { policyCategories } from "@ig/domain";
import { listAreas } from "@ig/db";
import {
  insertBenchVolume,
  listAreaParkBoxes,
  removeBenchVolume,
  type BenchPolicy,
} from "@ig/db/bench-volume";
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

export function removeSearchData() {
  return removeBenchVolume(benchPrefix);
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
  const areas = await listAreas();
  const place = await placeWithinSeedParks();
  const parkRows = Array.from({ length: parks }, (_, i) => {
    const area = pick(next, areas);
    const areaName = area.name;
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
      slug,
      areaSlug: area.slug,
      type,
      name,
      summary,
      status: next() < 0.95 ? ("published" as const) : ("draft" as const),
      ...place(area.slug),
    };
  });
  const projectRows = [];
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
        parkSlug: park.slug,
        name,
        summary,
        investor,
        amount: amount * 1e6,
        stage,
        status: next() < 0.95 ? ("published" as const) : ("draft" as const),
      };
    });
    projectRows.push(...rows);
  }
  const policyRows = generatePolicies(policies, next, areas);
  await insertBenchVolume({ parks: parkRows, projects: projectRows, policies: policyRows });
}

/**
 * A position inside the box around the area's seed parks, so that the map has thousands of markers
 * to draw; one park in ten has none, as in real data. A generator of its own leaves every other
 * generated value as earlier runs measured it.
 */
async function placeWithinSeedParks() {
  const boxes = await listAreaParkBoxes();
  const next = random(7);
  return (areaSlug: string) => {
    const box = boxes.find((b) => b.areaSlug === areaSlug);
    if (!box || next() < 0.1) return {};
    const within = (min: number, max: number) => min + next() * (max - min);
    return { lat: within(box.minLat, box.maxLat), lng: within(box.minLng, box.maxLng) };
  };
}

// Each batch's rows first, then each row's area: the order of the random draws of earlier runs.
function generatePolicies(count: number, next: () => number, areas: { slug: string }[]) {
  const policies: BenchPolicy[] = [];
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
        slug,
        category: pick(next, policyCategories),
        title,
        summary,
        issuer: { en: `${placeEn} Administrative Committee`, zh: `${placeZh}管委会` },
        effectiveFrom: new Date(Date.UTC(2020 + Math.floor(next() * 7), 0, 1)),
        status: next() < 0.95 ? ("published" as const) : ("draft" as const),
      };
    });
    policies.push(...rows.map((row) => ({ ...row, areaSlug: pick(next, areas).slug })));
  }
  return policies;
}
