import { z } from "zod";
import { areaSlugs, transportModes } from "./enums.ts";
import { ZSlug } from "./record-keys.ts";
import type { SearchParams } from "./search-params.ts";

// The site-selection assistant's questions. Its form is a GET form, so the answers live in the
// URL (a result is a link) under these names; transport modes and markets may repeat.

/** What the investor needs to rent or buy. */
export const spaceNeeds = ["plant-land", "office", "bonded-warehouse", "rd-space"] as const;
export type SpaceNeed = (typeof spaceNeeds)[number];

/** Where the investor sells: China's own market, or one abroad. */
export const targetMarkets = ["china", "europe", "asean", "other-abroad"] as const;
export type TargetMarket = (typeof targetMarkets)[number];

/** When the investor means to start on site: within 6 months, in 6–24 months, or later. */
export const startTimings = ["within-6-months", "6-24-months", "later"] as const;
export type StartTiming = (typeof startTimings)[number];

export const ZSiteSelectionAnswers = z.object({
  industry: ZSlug.optional(),
  need: z.enum(spaceNeeds).optional(),
  modes: z.array(z.enum(transportModes)),
  markets: z.array(z.enum(targetMarkets)),
  timing: z.enum(startTimings).optional(),
  /** The preferred new area; none means either. */
  area: z.enum(areaSlugs).optional(),
});
export type TSiteSelectionAnswers = z.infer<typeof ZSiteSelectionAnswers>;

/** The URL parameters of the answers, as the form names its fields. */
export const siteSelectionParams = ["industry", "need", "mode", "market", "timing", "area"] as const;
export type SiteSelectionParam = (typeof siteSelectionParams)[number];

export interface ParsedSiteSelection {
  answers: TSiteSelectionAnswers;
  /** Whether the URL carries the form at all (even with every answer left empty). */
  answered: boolean;
  /** Parameters with a value that is no answer to their question: dropped, and the page says so. */
  ignored: SiteSelectionParam[];
}

const values = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v) => v !== "");

/**
 * The answers in a URL. An empty value means "no answer" (the form sends empty fields); a value
 * that is no answer (an unknown mode, a misspelt area, a second value of a one-value question) is
 * dropped and its parameter listed in `ignored`, so a hand-edited or outdated link still ranks the
 * parks with what it does say. Repeated modes and markets count once.
 */
export function parseSiteSelection(params: SearchParams): ParsedSiteSelection {
  const ignored = new Set<SiteSelectionParam>();
  const one = <T>(name: SiteSelectionParam, schema: z.ZodType<T>): T | undefined => {
    const given = values(params[name]);
    const parsed = given.length === 1 ? schema.safeParse(given[0]) : null;
    if (given.length > 0 && !parsed?.success) ignored.add(name);
    return parsed?.success ? parsed.data : undefined;
  };
  const many = <T extends string>(name: SiteSelectionParam, options: readonly T[]): T[] => {
    const given = values(params[name]);
    const known = given.filter((v): v is T => (options as readonly string[]).includes(v));
    if (known.length < given.length) ignored.add(name);
    return options.filter((option) => known.includes(option));
  };
  const answers: TSiteSelectionAnswers = {
    industry: one("industry", ZSlug),
    need: one("need", z.enum(spaceNeeds)),
    modes: many("mode", transportModes),
    markets: many("market", targetMarkets),
    timing: one("timing", z.enum(startTimings)),
    area: one("area", z.enum(areaSlugs)),
  };
  return {
    answers,
    answered: siteSelectionParams.some((name) => params[name] !== undefined),
    ignored: siteSelectionParams.filter((name) => ignored.has(name)),
  };
}

/** The answers as URL parameters, the inverse of parseSiteSelection (empty answers left out). */
export function siteSelectionQuery(answers: TSiteSelectionAnswers): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  if (answers.industry) query.industry = answers.industry;
  if (answers.need) query.need = answers.need;
  if (answers.modes.length) query.mode = answers.modes;
  if (answers.markets.length) query.market = answers.markets;
  if (answers.timing) query.timing = answers.timing;
  if (answers.area) query.area = answers.area;
  return query;
}
