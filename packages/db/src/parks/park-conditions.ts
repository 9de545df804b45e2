import { queryTerms, type TParkQuery } from "@ig/domain";
import { Prisma } from "../generated/prisma/client.ts";
import { kindMatches } from "../search/find-matches.ts";
import { searchRules } from "../search/search-rules.ts";

/**
 * The SQL condition on the parks `x` a query finds: published, the parks list's filters (as
 * parkWhere), every word of `q` as the site search matches it (through the tsvector's GIN index:
 * "bonded" finds "保税"), and inside `box`. Raw SQL because Prisma cannot express tsvector matches.
 */
export function parkConditions(query: TParkQuery): Prisma.Sql {
  const terms = queryTerms(query.q, searchRules);
  const { area, type, industry, box } = query;
  return Prisma.join(
    [
      Prisma.sql`x.status = 'published'`,
      area ? Prisma.sql`x."areaId" = (SELECT id FROM "Area" WHERE slug = ${area})` : null,
      type ? Prisma.sql`x.type = ${type}` : null,
      industry
        ? Prisma.sql`EXISTS (SELECT 1 FROM "_IndustryToPark" l JOIN "Industry" i ON i.id = l."A"
            WHERE l."B" = x.id AND i.slug = ${industry})`
        : null,
      terms.length ? kindMatches("Park", terms).all : null,
      box
        ? Prisma.sql`x.lat BETWEEN ${box.south} AND ${box.north} AND x.lng BETWEEN ${box.west} AND ${box.east}`
        : null,
    ].filter((condition) => condition !== null),
    " AND ",
  );
}

/** Best match first when there are words to rank by; otherwise featured parks first, as the list. */
export function parkOrder(query: TParkQuery): Prisma.Sql {
  const terms = queryTerms(query.q, searchRules);
  const rank = terms.length ? Prisma.sql`${kindMatches("Park", terms).score} DESC, ` : Prisma.empty;
  return Prisma.sql`${rank}x.featured DESC, x.slug`;
}
