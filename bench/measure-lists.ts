import {
  parsePolicyFilter,
  parseProjectFilter,
  siteRequirements,
  type TSiteSelectionAnswers,
} from "@ig/domain";
import { listParksPage, listPolicies, listProjects, listSiteCandidates, listSiteExclusions } from "@ig/db";
import { timeCalls } from "./time-calls.ts";

/** The site-selection page's reads for the answers, with how many parks it ranks. */
async function siteSelection(answers: TSiteSelectionAnswers) {
  const requirements = siteRequirements(answers);
  const [candidates] = await Promise.all([
    listSiteCandidates({ industry: answers.industry, ...requirements }),
    listSiteExclusions(requirements),
  ]);
  return { total: candidates.length };
}

/** The list pages' queries, filtered as investors filter them, with how many records match. */
const lists: { name: string; call: () => Promise<{ total: number; more?: boolean }> }[] = [
  {
    name: "parks: area + type",
    call: () => listParksPage({ area: "tianfu", type: "industrial-park", page: 1 }),
  },
  { name: "parks: page 50", call: () => listParksPage({ page: 50 }) },
  {
    name: "projects: area + stage, newest",
    call: () => listProjects(parseProjectFilter({ area: "liangjiang", stage: "operating" })!),
  },
  { name: "projects: by amount", call: () => listProjects(parseProjectFilter({ sort: "amount" })!) },
  {
    name: "policies: category, in force",
    call: () => listPolicies(parsePolicyFilter({ category: "tax", inForce: "1" })!),
  },
  {
    name: "site selection: Tianfu, land for a plant",
    call: () =>
      siteSelection({
        industry: "automobile",
        need: "plant-land",
        area: "tianfu",
        modes: ["rail"],
        markets: [],
      }),
  },
  {
    name: "site selection: Tianfu, bonded warehouse",
    call: () =>
      siteSelection({
        industry: "automobile",
        need: "bonded-warehouse",
        area: "tianfu",
        modes: [],
        markets: [],
      }),
  },
  {
    name: "site selection: no new area or space given",
    call: () => siteSelection({ industry: "automobile", modes: ["rail"], markets: [] }),
  },
];

/** Server-side latency of each list query (count and page, as the list pages call them). */
export async function measureLists() {
  const rows = [];
  for (const list of lists) {
    const { p50, p95, last } = await timeCalls(list.call);
    rows.push({ name: list.name, hits: `${last.total}${last.more ? "+" : ""}`, p50, p95 });
  }
  return rows;
}
