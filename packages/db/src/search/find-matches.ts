// The search query itself, in SQL: Prisma cannot express tsvector matches. One round trip returns
// the facet counts and the cards of the best hits.
import type { AreaSlug, QueryTerm, SearchKind } from "@ig/domain";
import { db } from "../client.ts";
import type { Localized } from "../dto.ts";
import { Prisma } from "../generated/prisma/client.ts";

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
  /** Hits ignoring both facets that match every term (or its area): zero means none has them all. */
  complete: number;
  /** The best `limit` hits of each kind within both facets, best first. */
  top: (SearchHit & { kind: SearchKind })[];
}

interface MatchOptions {
  terms: QueryTerm[];
  kind?: SearchKind;
  area?: AreaSlug;
  limit: number;
}

/**
 * Published records that have any of the terms, those with every term first, then those with
 * most, then by ts_rank on the generated tsvector.
 */
export async function findMatches({ terms, kind, area, limit }: MatchOptions): Promise<Matches> {
  const inArea = area
    ? Prisma.sql`(SELECT id FROM "Area" WHERE slug = ${area}) = ANY(h.areas)`
    : Prisma.sql`true`;
  const ofKind = kind ? Prisma.sql`h.kind = ${kind}` : Prisma.sql`true`;
  const park = kindMatches("Park", terms);
  const project = kindMatches("Project", terms);
  const policy = kindMatches("Policy", terms);
  const news = kindMatches("NewsItem", terms);
  // With one term, records with every term are those with any: one scan finds them.
  const unionOf = (withEvery: Prisma.Sql) =>
    terms.length > 1 ? Prisma.sql`UNION (${withEvery} LIMIT ${hitCap})` : Prisma.empty;
  // Each kind's hits are the first `hitCap` records found with any term and the first found
  // with every term, each read through the GIN index under a LIMIT. The planner cannot see that a
  // LIMIT stops the scan early and costs it for every match: when a common word matches a sixth
  // of a table, a sequential scan looks cheaper (and took 19 ms for the first 500 of 10,000
  // parks, against 3 ms through the index), so this transaction turns sequential scans off.
  const search = db().$queryRaw<[Matches]>`
    WITH project_hits AS (
      (SELECT x.id, x."parkId", x."areaId", ${project.matched} AS matched, ${project.score} AS score
       FROM "Project" x WHERE x.status = 'published' AND ${project.any} LIMIT ${hitCap})
      ${unionOf(Prisma.sql`SELECT x.id, x."parkId", x."areaId", ${project.matched}, ${project.score}
       FROM "Project" x WHERE x.status = 'published' AND ${project.all}`)}
    ),
    park_hits AS (
      (SELECT x.id, x."areaId", ${park.matched} AS matched, ${park.score} AS score
       FROM "Park" x WHERE x.status = 'published' AND ${park.any} LIMIT ${hitCap})
      ${unionOf(Prisma.sql`SELECT x.id, x."areaId", ${park.matched}, ${park.score}
       FROM "Park" x WHERE x.status = 'published' AND ${park.all}`)}
    ),
    policy_hits AS (
      (SELECT x.id, ${policy.matched} AS matched, ${policy.score} AS score
       FROM "Policy" x WHERE x.status = 'published' AND ${policy.any} LIMIT ${hitCap})
      ${unionOf(Prisma.sql`SELECT x.id, ${policy.matched}, ${policy.score}
       FROM "Policy" x WHERE x.status = 'published' AND ${policy.all}`)}
    ),
    news_hits AS (
      (SELECT x.id, ${news.matched} AS matched, ${news.score} AS score
       FROM "NewsItem" x WHERE x.status = 'published' AND ${news.any} LIMIT ${hitCap})
      ${unionOf(Prisma.sql`SELECT x.id, ${news.matched}, ${news.score}
       FROM "NewsItem" x WHERE x.status = 'published' AND ${news.all}`)}
    ),
    hits AS (
      -- A park is also found through the projects it hosts ("lithium" finds the science city
      -- of the TIANQI Lithium centre), ranked below the parks that match themselves.
      -- Below the parks that match as many terms themselves, above those that match fewer.
      SELECT 'parks' AS kind, id, max(matched) AS matched, max(score) AS score, ARRAY["areaId"] AS areas FROM (
        SELECT id, "areaId", matched, score FROM park_hits
        UNION ALL
        SELECT p.id, p."areaId", h.matched, h.matched - 0.5 + (h.score - h.matched) / 2 FROM (
          SELECT "parkId", matched, score FROM project_hits WHERE "parkId" IS NOT NULL
          ORDER BY score DESC LIMIT ${parksThroughProjects}
        ) h JOIN "Park" p ON p.id = h."parkId" AND p.status = 'published'
      ) parks GROUP BY id, "areaId"
      UNION ALL
      SELECT 'projects', id, matched, score, ARRAY["areaId"] FROM project_hits
      UNION ALL
      SELECT 'policies', x.id, x.matched, x.score, ARRAY(SELECT "A" FROM "_AreaToPolicy" WHERE "B" = x.id)
      FROM policy_hits x
      UNION ALL
      SELECT 'news', x.id, x.matched, x.score, ARRAY(SELECT "A" FROM "_AreaToNewsItem" WHERE "B" = x.id)
      FROM news_hits x
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
      (SELECT count(*)::int FROM hits WHERE matched = ${terms.length}) AS complete,
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

type Table = "Park" | "Project" | "Policy" | "NewsItem";
/** The table linking each many-area kind to its areas (Prisma's implicit many-to-many). */
const areaLinks: Partial<Record<Table, Prisma.Sql>> = {
  Policy: Prisma.sql`"_AreaToPolicy"`,
  NewsItem: Prisma.sql`"_AreaToNewsItem"`,
};

/** A term as tsquery text: any of its alternatives, each with all of its words. */
function termQuery({ any, prefix }: QueryTerm): string {
  // Words are letters and digits only (see normalizeSearchText), so quoting cannot break out.
  const word = (w: string) => `'${w}'${prefix ? ":*" : ""}`;
  return `(${any.map((words) => `(${words.map(word).join(" & ")})`).join(" | ")})`;
}

/**
 * The conditions on one kind's rows `x`: `all` and `any` find records with every term or with
 * any (always through the tsvector's GIN index: a term naming an area matches a record of that
 * area, but finds it only through a record's other terms), `matched` counts the terms a record
 * has and `score` adds ts_rank, scaled into [0, 1), so that more terms always rank first.
 */
export function kindMatches(table: Table, terms: QueryTerm[]) {
  const tsquery = (text: string) => Prisma.sql`to_tsquery('english', ${text})`;
  const has = (text: string) => Prisma.sql`x."searchVector" @@ ${tsquery(text)}`;
  const anyText = terms.map(termQuery).join(" | ");
  const inArea = (area: AreaSlug) => {
    const areaId = Prisma.sql`(SELECT id FROM "Area" WHERE slug = ${area})`;
    const links = areaLinks[table];
    return links
      ? Prisma.sql`EXISTS (SELECT 1 FROM ${links} l WHERE l."B" = x.id AND l."A" = ${areaId})`
      : Prisma.sql`x."areaId" = ${areaId}`;
  };
  const conditions = terms.map((term) =>
    term.area ? Prisma.sql`(${has(termQuery(term))} OR ${inArea(term.area)})` : has(termQuery(term)),
  );
  const plain = terms.filter((term) => !term.area).map(termQuery);
  const areaConditions = conditions.filter((_, i) => terms[i]!.area);
  const matched = Prisma.sql`(${Prisma.join(
    conditions.map((condition) => Prisma.sql`(${condition})::int`),
    " + ",
  )})`;
  return {
    all: Prisma.join([has(plain.length > 0 ? plain.join(" & ") : anyText), ...areaConditions], " AND "),
    any: has(anyText),
    matched,
    score: Prisma.sql`${matched} + ts_rank(x."searchVector", ${tsquery(anyText)}, 32)`,
  };
}
