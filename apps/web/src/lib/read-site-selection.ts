import "server-only";
import {
  parseSiteSelection,
  siteSelectionParams,
  type ParsedSiteSelection,
  type SearchParams,
} from "@ig/domain";
import { cachedIndustries } from "./cached-data";

/**
 * The site-selection answers of a URL (parseSiteSelection), where an industry must also be one the
 * portal publishes: a well-formed slug of no industry is ignored like any unreadable answer.
 */
export async function readSiteSelection(params: SearchParams): Promise<ParsedSiteSelection> {
  const parsed = parseSiteSelection(params);
  const { industry } = parsed.answers;
  if (!industry || (await cachedIndustries()).some((i) => i.slug === industry)) return parsed;
  return {
    ...parsed,
    answers: { ...parsed.answers, industry: undefined },
    ignored: siteSelectionParams.filter((name) => name === "industry" || parsed.ignored.includes(name)),
  };
}
