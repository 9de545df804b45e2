// The search query itself, in SQL: Prisma cannot express tsvector matches. One round trip returns
// the facet counts and the cards of the best hits.
import type { AreaSlug, SearchKind } from "@ig/domain";
import { db } from "../client.ts";
import type { Localized } from "../dto.ts";
import { Prisma } from "../generated/prisma/client.ts";

/**
 * One word of the query: a record must contain one of `words`, after English stemming ("bonded"
 * finds "bond"), whole or, with `prefix`, as the start of a word ("锂" finds "锂电").
 */
export interface Term {
  words: string[];
  prefix: boolean;
}

/**
 * The most hits of one kind a search examines. Ranking reads every hit's row, and a word found
 * in a tenth of 100,000 projects took over 100 ms to rank in full (BENCHMARKS.md): beyond the cap,
 * counts are lower bounds and the best hits are picked among the first ones found.
 */
export const hitCap = 200;
/**
 * A park is also found through the best-matching projects it hosts, not through every one: for a
 * common word that would be most parks, each looked up.
 */
const parksThroughProjects = 50;

/** One search result, the same shape for every kind so the page lists them alike. */
export interface SearchHit {
  slug: string;
  title: Localized;
  summary: Localized;
  areas: AreaSlug[];
  /** The park type, project stage or policy category; null for news. */
  tag: string | null;
  /** News only: the publication date. */
  publishedOn: string | null;
}

export interface Matches {
  /** Hits per kind, within the area facet. */
  kinds: Partial<Record<SearchKind, number>>;
  /** Hits per area, within the kind facet; a policy or news item of two areas counts in both. */
  areas: Partial<Record<AreaSlug, number>>;
  /** Hits within the kind facet, in any area or none. */
  anyArea: number;
  /** Hits ignoring both facets: zero means the words themselves found nothing. */
  unfiltered: number;
  /** How many records of each kind matched, up to the cap (before parks found through projects). */
  found: Record<SearchKind, number>;
  /** The best `limit` hits of each kind within both facets, best first. */
  top: (SearchHit & { kind: SearchKind })[];
}

interface MatchOptions {
  terms: Term[];
  kind?: SearchKind;
  area?: AreaSlug;
  limit: number;
}

/** Published records that have every term, ranked by ts_rank on the generated tsvector. */
export async function findMatches({ terms, kind, area, limit }: MatchOptions): Promise<Matches> {
  // Words are letters and digits only (see normalizeSearchText), so quoting cannot break out.
  const tsquery = terms
    .map(({ words, prefix }) => `(${words.map((word) => `'${word}'${prefix ? ":*" : ""}`).join(" | ")})`)
    .join(" & ");
  const query = Prisma.sql`to_tsquery('english', ${tsquery})`;
  const match = Prisma.sql`x."searchVector" @@ ${query}`;
  const score = Prisma.sql`ts_rank(x."searchVector", ${query})`;
  const inArea = area
    ? Prisma.sql`(SELECT id FROM "Area" WHERE slug = ${area}) = ANY(h.areas)`
    : Prisma.sql`true`;
  const ofKind = kind ? Prisma.sql`h.kind = ${kind}` : Prisma.sql`true`;
  // Each kind's matches are a MATERIALIZED CTE read through a LIMIT: evaluated lazily, so no more
  // than `hitCap` rows of each kind are read. The planner cannot see that and costs the CTE for
  // every match: when a common word matches a sixth of a table, a sequential scan looks cheaper
  // (and took 19 ms for the first 500 of 10,000 parks, against 3 ms through the index), so this
  // transaction turns sequential scans off.
  const search = db().$queryRaw<[Matches]>`
    WITH project_matches AS MATERIALIZED (
      SELECT x.id, x."parkId", x."areaId", ${score} AS score
      FROM "Project" x WHERE x.status = 'published' AND ${match}
    ),
    park_matches AS MATERIALIZED (
      SELECT x.id, x."areaId", ${score} AS score FROM "Park" x WHERE x.status = 'published' AND ${match}
    ),
    policy_matches AS MATERIALIZED (
      SELECT x.id, ${score} AS score FROM "Policy" x WHERE x.status = 'published' AND ${match}
    ),
    news_matches AS MATERIALIZED (
      SELECT x.id, ${score} AS score FROM "NewsItem" x WHERE x.status = 'published' AND ${match}
    ),
    project_hits AS (SELECT * FROM project_matches LIMIT ${hitCap}),
    park_hits AS (SELECT * FROM park_matches LIMIT ${hitCap}),
    policy_hits AS (SELECT * FROM policy_matches LIMIT ${hitCap}),
    news_hits AS (SELECT * FROM news_matches LIMIT ${hitCap}),
    hits AS (
      -- A park is also found through the projects it hosts ("lithium" finds the science city
      -- of the TIANQI Lithium centre), ranked below the parks that match themselves.
      SELECT 'parks' AS kind, id, max(score) AS score, ARRAY["areaId"] AS areas FROM (
        SELECT id, "areaId", score FROM park_hits
        UNION ALL
        SELECT p.id, p."areaId", h.score / 2 FROM (
          SELECT "parkId", score FROM project_hits WHERE "parkId" IS NOT NULL
          ORDER BY score DESC LIMIT ${parksThroughProjects}
        ) h JOIN "Park" p ON p.id = h."parkId" AND p.status = 'published'
      ) parks GROUP BY id, "areaId"
      UNION ALL
      SELECT 'projects', id, score, ARRAY["areaId"] FROM project_hits
      UNION ALL
      SELECT 'policies', x.id, x.score, ARRAY(SELECT "A" FROM "_AreaToPolicy" WHERE "B" = x.id) FROM policy_hits x
      UNION ALL
      SELECT 'news', x.id, x.score, ARRAY(SELECT "A" FROM "_AreaToNewsItem" WHERE "B" = x.id) FROM news_hits x
    ),
    top AS (
      SELECT * FROM (
        SELECT h.*, row_number() OVER (PARTITION BY h.kind ORDER BY h.score DESC, h.id) AS rank
        FROM hits h WHERE ${inArea} AND ${ofKind}
      ) ranked WHERE rank <= ${limit}
    ),
    cards AS (
      SELECT t.kind, t.rank, t.areas, r.slug, r.name AS title, r.summary, r.type AS tag, NULL::date AS "publishedOn"
      FROM top t JOIN "Park" r ON t.kind = 'parks' AND r.id = t.id
      UNION ALL
      SELECT t.kind, t.rank, t.areas, r.slug, r.name, r.summary, r.stage, NULL
      FROM top t JOIN "Project" r ON t.kind = 'projects' AND r.id = t.id
      UNION ALL
      SELECT t.kind, t.rank, t.areas, r.slug, r.title, r.summary, r.category, NULL
      FROM top t JOIN "Policy" r ON t.kind = 'policies' AND r.id = t.id
      UNION ALL
      SELECT t.kind, t.rank, t.areas, r.slug, r.title, r.summary, NULL, r."publishedOn"
      FROM top t JOIN "NewsItem" r ON t.kind = 'news' AND r.id = t.id
    )
    SELECT
      (SELECT coalesce(json_object_agg(kind, n), '{}') FROM (
        SELECT h.kind, count(*) AS n FROM hits h WHERE ${inArea} GROUP BY h.kind) k) AS kinds,
      (SELECT coalesce(json_object_agg(a.slug, n), '{}') FROM (
        SELECT area, count(*) AS n FROM hits h CROSS JOIN unnest(h.areas) AS area WHERE ${ofKind} GROUP BY area
      ) c JOIN "Area" a ON a.id = c.area) AS areas,
      (SELECT count(*)::int FROM hits h WHERE ${ofKind}) AS "anyArea",
      (SELECT count(*)::int FROM hits) AS unfiltered,
      json_build_object(
        'parks', (SELECT count(*) FROM park_hits), 'projects', (SELECT count(*) FROM project_hits),
        'policies', (SELECT count(*) FROM policy_hits), 'news', (SELECT count(*) FROM news_hits)
      ) AS found,
      (SELECT coalesce(json_agg(json_build_object(
        'kind', c.kind, 'slug', c.slug, 'title', c.title, 'summary', c.summary, 'tag', c.tag,
        'publishedOn', c."publishedOn",
        'areas', ARRAY(SELECT a.slug FROM "Area" a WHERE a.id = ANY(c.areas) ORDER BY a.slug)
      ) ORDER BY c.kind, c.rank), '[]') FROM cards c) AS top`;
  const [, [row]] = await db().$transaction([
    db().$queryRaw`SELECT set_config('enable_seqscan', 'off', true)`,
    search,
  ]);
  return row;
}
