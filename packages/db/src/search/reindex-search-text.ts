import { createHash } from "node:crypto";
import { contentKinds, editableKinds, type EditableKind } from "@ig/domain";
import { db } from "../client.ts";
import { searchTextOfRecord } from "../content/content-search-text.ts";
import { contentTable } from "../content/content-table.ts";
import type { Localized } from "../dto.ts";
import { Prisma } from "../generated/prisma/client.ts";
import dictionary from "./data/dictionary.json" with { type: "json" };
import synonyms from "./data/synonyms.json" with { type: "json" };
import { refreshSearchWords } from "./refresh-search-words.ts";

/**
 * Bump when the code that turns text into search words changes what it writes (indexWords,
 * normalizeSearchText, the segmenter's settings, the converter's options); the data files are
 * part of the fingerprint on their own.
 */
const textRulesVersion = 2;
/** Identifies the rules search texts are written with: the same rules, the same fingerprint. */
export const searchRulesFingerprint = createHash("sha256")
  .update(JSON.stringify({ textRulesVersion, dictionary, synonyms }))
  .digest("hex")
  .slice(0, 16);

const tables: Record<EditableKind, Prisma.Sql> = {
  park: Prisma.sql`"Park"`,
  project: Prisma.sql`"Project"`,
  policy: Prisma.sql`"Policy"`,
  news: Prisma.sql`"NewsItem"`,
};
const batchSize = 500;

/**
 * Rewrites every park's, project's, policy's and news item's search text with the current rules
 * (the one recipe, searchTextOfRecord, in batches) when the stored texts were written with other rules,
 * then records the rules and refreshes the spelling vocabulary. Rows are rewritten in place:
 * no version or updatedAt changes, so no one's open edit conflicts. Returns how many rows
 * changed, 0 when the rules were current. Safe to run on several instances at once.
 */
export async function reindexSearchText(): Promise<number> {
  const state = await db().searchRulesState.findUnique({ where: { id: 1 } });
  if (state?.rules === searchRulesFingerprint) return 0;
  let changed = 0;
  for (const kind of editableKinds) {
    const { searchFields, searchIndustries } = contentKinds[kind];
    const select = {
      id: true,
      ...Object.fromEntries(searchFields.map((field) => [field, true])),
      ...(searchIndustries && { industries: { select: { name: true } } }),
    };
    for (let cursor: string | undefined; ;) {
      const rows = await contentTable(db(), kind).findMany({
        select,
        orderBy: { id: "asc" },
        take: batchSize,
        ...(cursor && { cursor: { id: cursor }, skip: 1 }),
      });
      if (rows.length === 0) break;
      cursor = rows.at(-1)!.id;
      const texts = rows.map((row) => {
        const industries = (row.industries ?? []) as { name: Localized }[];
        return searchTextOfRecord(
          kind,
          row,
          industries.map((industry) => industry.name),
        );
      });
      changed += await db().$executeRaw`
        UPDATE ${tables[kind]} x SET "searchText" = v.text
        FROM unnest(${rows.map((row) => row.id)}::text[], ${texts}::text[]) AS v(id, text)
        WHERE x.id = v.id AND x."searchText" IS DISTINCT FROM v.text`;
    }
  }
  await db().searchRulesState.upsert({
    where: { id: 1 },
    create: { rules: searchRulesFingerprint },
    update: { rules: searchRulesFingerprint, appliedAt: new Date() },
  });
  await refreshSearchWords();
  return changed;
}
