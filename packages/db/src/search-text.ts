import { indexWords } from "@ig/domain";
import type { Tx } from "./client.ts";
import type { Localized } from "./dto.ts";
import { searchRules } from "./search/search-rules.ts";

/**
 * The text a record is found by: every locale of the given fields as search words (Simplified,
 * normalised, Chinese cut into words by jieba, plus the key word of each synonym group they
 * name: see indexWords), space-separated, in one column the data layer writes with the record (so
 * search never unpacks JSON at query time). PostgreSQL derives the indexed tsvector from it.
 */
export function searchTextOf(...fields: (Record<string, string> | null | undefined)[]): string {
  const text = fields.flatMap((field) => (field ? Object.values(field) : [])).join(" ");
  return indexWords(text, searchRules);
}

/**
 * The names of a record's industries, for its search text: "lithium" and "锂" then find a park
 * whose industry is "New energy & lithium" even when its own texts never say so.
 */
export async function industryNamesOf(tx: Tx, industryIds: string[] = []): Promise<Localized[]> {
  if (industryIds.length === 0) return [];
  const rows = await tx.industry.findMany({ where: { id: { in: industryIds } }, select: { name: true } });
  return rows.map((row) => row.name as Localized);
}
