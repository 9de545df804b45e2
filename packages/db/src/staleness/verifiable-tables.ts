import type { AuditEntity, VerifiableKind } from "@ig/domain";

const areaOf = (column: string) => `ARRAY(SELECT a.slug FROM "Area" a WHERE a.id = ${column})`;
const areasVia = (joinTable: string) =>
  `ARRAY(SELECT a.slug FROM "${joinTable}" j JOIN "Area" a ON a.id = j."A" WHERE j."B" = t.id ORDER BY a.slug)`;

/**
 * Where each kind of content record lives, for the queries that treat all kinds alike (mark
 * verified, staleness, missing translations). Constants only: table and column names are never
 * taken from input, so building SQL text from them is safe.
 * - `areas`: the area slugs of row `t` (a figure's own area, else its park's or project's;
 *   policies and news may cover several; industries are shared by both areas: none).
 * - `texts`: the bilingual { en, zh } columns; nullable ones count only when filled in.
 */
export const contentTables: Record<
  VerifiableKind,
  { table: string; entity: AuditEntity; name: string; slug: boolean; areas: string; texts: string[] }
> = {
  park: {
    table: "Park",
    entity: "Park",
    name: "name",
    slug: true,
    areas: areaOf(`t."areaId"`),
    texts: ["name", "summary", "description", "address", "contactName"],
  },
  project: {
    table: "Project",
    entity: "Project",
    name: "name",
    slug: true,
    areas: areaOf(`t."areaId"`),
    texts: ["name", "summary", "description", "investor"],
  },
  policy: {
    table: "Policy",
    entity: "Policy",
    name: "title",
    slug: true,
    areas: areasVia("_AreaToPolicy"),
    texts: ["title", "summary", "fullText", "benefit", "issuer"],
  },
  news: {
    table: "NewsItem",
    entity: "NewsItem",
    name: "title",
    slug: true,
    areas: areasVia("_AreaToNewsItem"),
    texts: ["title", "summary", "body"],
  },
  figure: {
    table: "Figure",
    entity: "Figure",
    name: "label",
    slug: false,
    areas: areaOf(
      `COALESCE(t."areaId", (SELECT "areaId" FROM "Park" WHERE id = t."parkId"), (SELECT "areaId" FROM "Project" WHERE id = t."projectId"))`,
    ),
    texts: ["label", "unitLabel", "period"],
  },
  industry: {
    table: "Industry",
    entity: "Industry",
    name: "name",
    slug: true,
    areas: "ARRAY[]::text[]",
    texts: ["name"],
  },
};

/** One SELECT per kind, glued with UNION ALL: `select(kind, spec)` writes each (row alias `t`). */
export function unionOfKinds(
  select: (kind: VerifiableKind, spec: (typeof contentTables)[VerifiableKind]) => string,
) {
  return Object.entries(contentTables)
    .map(([kind, spec]) => select(kind as VerifiableKind, spec))
    .join("\nUNION ALL\n");
}
