import { parsePolicyFilter, parseProjectFilter } from "@ig/domain";
import { listParksPage, listPolicies, listProjects } from "@ig/db";
import { timeCalls } from "./time-calls.ts";

/** The list pages' queries, filtered as investors filter them, with how many records match. */
const lists: { name: string; call: () => Promise<{ total: number }> }[] = [
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
];

/** Server-side latency of each list query (count and page, as the list pages call them). */
export async function measureLists() {
  const rows = [];
  for (const list of lists) {
    const { p50, p95, last } = await timeCalls(list.call);
    rows.push({ name: list.name, hits: String(last.total), p50, p95 });
  }
  return rows;
}
