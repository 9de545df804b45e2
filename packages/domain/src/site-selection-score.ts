import { parkTypes, type AreaSlug, type ParkType, type TransportMode } from "./enums.ts";
import type { SpaceNeed, StartTiming, TSiteSelectionAnswers } from "./site-selection-answers.ts";

// The site-selection assistant's ranking: pure, so that it is tested on its own and explained on
// the page in one sentence. Every point comes from a park's published data; nothing is guessed.

/** A park as the ranking sees it: what the data layer knows about it (slugs, ISO dates). */
export interface SiteCandidate {
  slug: string;
  area: AreaSlug;
  type: ParkType;
  /** Slugs of the park's industries. */
  industries: string[];
  /** The modes of its recorded transport links. */
  transportModes: TransportMode[];
  /** Its published projects (success stories and opportunities), with their industries' slugs. */
  projects: { slug: string; industries: string[] }[];
  /** The published policies that apply to it, with their industries and days in force. */
  policies: {
    slug: string;
    industries: string[];
    effectiveFrom: string | null;
    effectiveTo: string | null;
  }[];
}

/** Points per reason; the page's explanation quotes them. */
export const siteWeights = {
  industry: 40,
  customs: 20,
  space: 15,
  transport: 10,
  project: 10,
  policy: 5,
} as const;
/** How many projects and policies count at most (each list shows the ones that counted). */
export const siteCaps = { project: 3, policy: 4 } as const;

/**
 * The park types that suit a need best (points), and those that cannot offer it (left out); every
 * other type may offer it and scores no space points. Reviewed for every need and type:
 * - land for a plant: industrial and country cooperation industrial parks sell it; innovation
 *   platforms (technology transfer centres, science cities' research clusters), financial centres
 *   and exhibition cities have offices, labs or halls, not factory plots;
 * - office space: anywhere except a bonded zone, whose fenced area holds warehouses under customs;
 * - a bonded warehouse: only a customs-supervised bonded zone;
 * - R&D space: innovation platforms suit it; bonded zones, logistics hubs and exhibition cities
 *   have no laboratories to let.
 */
const spaceFit: Record<SpaceNeed, { suits: ParkType[]; cannot: ParkType[] }> = {
  "plant-land": {
    suits: ["industrial-park", "cooperation-park"],
    cannot: ["innovation-zone", "financial-centre", "exhibition-city"],
  },
  office: { suits: ["financial-centre", "pilot-ftz"], cannot: ["bonded-zone"] },
  // Goods stored under bond need a customs-supervised zone: nothing else can offer that.
  "bonded-warehouse": {
    suits: ["bonded-zone"],
    cannot: [
      "pilot-ftz",
      "cooperation-park",
      "innovation-zone",
      "industrial-park",
      "logistics-hub",
      "financial-centre",
      "exhibition-city",
    ],
  },
  "rd-space": {
    suits: ["innovation-zone"],
    cannot: ["bonded-zone", "logistics-hub", "exhibition-city"],
  },
};
const customsTypes: ParkType[] = ["bonded-zone", "pilot-ftz"];

/** Months from now until the investor starts on site: a policy must still be in force then. */
const startInMonths: Record<StartTiming, number> = { "within-6-months": 0, "6-24-months": 6, later: 24 };

export type SiteReason =
  | { kind: "industry"; industry: string }
  | { kind: "customs"; type: ParkType }
  | { kind: "space"; need: SpaceNeed }
  | { kind: "transport"; mode: TransportMode }
  | { kind: "project"; slug: string }
  | { kind: "policy"; slug: string };

/** Why a park is left out: outside the chosen new area, or of a type that cannot offer the space. */
export type SiteExclusion = "area" | "space";

export interface RankedSite<T> {
  park: T;
  score: number;
  reasons: SiteReason[];
}
export interface SiteRanking<T> {
  /** Every park that meets the hard requirements, best first (score, then slug). */
  ranked: RankedSite<T>[];
  excluded: { park: T; because: SiteExclusion[] }[];
}

/** The day `months` after an ISO day (YYYY-MM-DD), in the calendar. */
function addMonths(day: string, months: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/** Why the answers' hard requirements leave a park out (none: it is ranked). */
export function siteExclusions(
  answers: TSiteSelectionAnswers,
  park: Pick<SiteCandidate, "area" | "type">,
): SiteExclusion[] {
  const because: SiteExclusion[] = [];
  if (answers.area && park.area !== answers.area) because.push("area");
  if (answers.need && spaceFit[answers.need].cannot.includes(park.type)) because.push("space");
  return because;
}

/**
 * The hard requirements as a filter the data layer applies before reading parks in full: the new
 * area (none: any) and the park types that can offer the space needed. A park meets them exactly
 * when siteExclusions finds nothing.
 */
export function siteRequirements(answers: TSiteSelectionAnswers): { area?: AreaSlug; types: ParkType[] } {
  const cannot = answers.need ? spaceFit[answers.need].cannot : [];
  return { area: answers.area, types: parkTypes.filter((type) => !cannot.includes(type)) };
}

function reasonsFor(answers: TSiteSelectionAnswers, park: SiteCandidate, start: string): SiteReason[] {
  const { industry, need } = answers;
  const reasons: SiteReason[] = [];
  if (industry && park.industries.includes(industry)) reasons.push({ kind: "industry", industry });
  const sellsAbroad = answers.markets.some((market) => market !== "china");
  if ((need === "bonded-warehouse" || sellsAbroad) && customsTypes.includes(park.type)) {
    reasons.push({ kind: "customs", type: park.type });
  }
  if (need && spaceFit[need].suits.includes(park.type)) reasons.push({ kind: "space", need });
  for (const mode of answers.modes) {
    if (park.transportModes.includes(mode)) reasons.push({ kind: "transport", mode });
  }
  if (!industry) return reasons;
  park.projects
    .filter((project) => project.industries.includes(industry))
    .slice(0, siteCaps.project)
    .forEach((project) => reasons.push({ kind: "project", slug: project.slug }));
  park.policies
    .filter((policy) => policy.industries.includes(industry))
    .filter((policy) => !policy.effectiveTo || policy.effectiveTo >= start)
    .slice(0, siteCaps.policy)
    .forEach((policy) => reasons.push({ kind: "policy", slug: policy.slug }));
  return reasons;
}

/**
 * Ranks parks for the answers. A park outside the chosen new area, or of a type that cannot offer
 * the space needed (a bonded warehouse outside a bonded zone, a plant in a financial centre), is
 * left out with the reason. Every other park scores the points of `siteWeights` for each reason:
 * it works in the investor's industry; it is a bonded zone or pilot free trade zone while the
 * investor needs a bonded warehouse or sells abroad; its type suits the space needed; it has a
 * transport link of a mode the investor uses (per mode); projects of the industry are already
 * there, and policies for the industry apply there and are still in force when the investor plans
 * to start (`today` plus the timing; each up to `siteCaps`). Ties go by slug, so the order is stable.
 */
export function rankSites<T extends SiteCandidate>(
  answers: TSiteSelectionAnswers,
  parks: readonly T[],
  today: string,
): SiteRanking<T> {
  const start = addMonths(today, startInMonths[answers.timing ?? "within-6-months"]);
  const ranking: SiteRanking<T> = { ranked: [], excluded: [] };
  for (const park of parks) {
    const because = siteExclusions(answers, park);
    if (because.length > 0) {
      ranking.excluded.push({ park, because });
      continue;
    }
    const reasons = reasonsFor(answers, park, start);
    const score = reasons.reduce((sum, reason) => sum + siteWeights[reason.kind], 0);
    ranking.ranked.push({ park, score, reasons });
  }
  ranking.ranked.sort(
    (a, b) => b.score - a.score || (a.park.slug < b.park.slug ? -1 : a.park.slug > b.park.slug ? 1 : 0),
  );
  return ranking;
}
