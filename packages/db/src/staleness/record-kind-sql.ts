import { recordKinds, verifiableKinds, type RecordKindDefinition, type VerifiableKind } from "@ig/domain";

const areaOf = (column: string) => `ARRAY(SELECT a.slug FROM "Area" a WHERE a.id = ${column})`;
const areasVia = (joinTable: string) =>
  `ARRAY(SELECT a.slug FROM "${joinTable}" j JOIN "Area" a ON a.id = j."A" WHERE j."B" = t.id ORDER BY a.slug)`;

/**
 * The SQL of the area slugs of row `t` of each kind, for the queries that treat all kinds alike
 * (mark verified, staleness, missing translations): a figure's own area, else its park's or
 * project's; policies and news may cover several; industries are shared by both areas: none.
 * Constants only, like the table and column names of the kinds' definitions (recordKinds): none
 * is ever taken from input, so building SQL text from them is safe.
 */
const areasSql: Record<VerifiableKind, string> = {
  park: areaOf(`t."areaId"`),
  project: areaOf(`t."areaId"`),
  policy: areasVia("_AreaToPolicy"),
  news: areasVia("_AreaToNewsItem"),
  figure: areaOf(
    `COALESCE(t."areaId", (SELECT "areaId" FROM "Park" WHERE id = t."parkId"), (SELECT "areaId" FROM "Project" WHERE id = t."projectId"))`,
  ),
  industry: "ARRAY[]::text[]",
};

/** A kind's definition with its table (the model's name) and its areas' SQL. */
export type RecordKindSql = RecordKindDefinition & { table: string; areas: string };

export function recordKindSql(kind: VerifiableKind): RecordKindSql {
  const definition = recordKinds[kind];
  return { ...definition, table: definition.entity, areas: areasSql[kind] };
}

/** One SELECT per kind, glued with UNION ALL: `select(kind, spec)` writes each (row alias `t`). */
export function unionOfKinds(select: (kind: VerifiableKind, spec: RecordKindSql) => string) {
  return verifiableKinds.map((kind) => select(kind, recordKindSql(kind))).join("\nUNION ALL\n");
}
