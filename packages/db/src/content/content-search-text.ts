import { contentKinds, type EditableKind } from "@ig/domain";
import type { Tx } from "../client.ts";
import type { Localized } from "../dto.ts";
import { industryNamesOf, searchTextOf } from "../search-text.ts";
import { contentTable } from "./content-table.ts";

type Texts = Record<string, unknown>;

/**
 * THE search-text recipe of a record of any kind: the texts its kind's definition names
 * (`searchFields`: name or title, summary, a project's investor, a policy's benefit) and the
 * names of its industries, segmented by searchTextOf. Pure, for bulk writers that know the
 * industry names already (the bench data).
 */
export function searchTextOfRecord(kind: EditableKind, texts: Texts, industryNames: Localized[] = []) {
  const fields = contentKinds[kind].searchFields.map((field) => texts[field] as Localized | null | undefined);
  return searchTextOf(...fields, ...(contentKinds[kind].searchIndustries ? industryNames : []));
}

/**
 * The search text of a record about to be written (staff edits, creates, the seed factories, an
 * industry's rename), from its texts and the ids of its industries, in the write's transaction.
 */
export async function contentSearchText(
  tx: Tx,
  kind: EditableKind,
  texts: Texts,
  industryIds: string[] = [],
) {
  return searchTextOfRecord(kind, texts, await industryNamesOf(tx, industryIds));
}

/** The search text of a stored record as its row now reads (inside the transaction that wrote it). */
export async function storedRecordSearchText(tx: Tx, kind: EditableKind, id: string) {
  const { searchFields, searchIndustries } = contentKinds[kind];
  const row = await contentTable(tx, kind).findUnique({
    where: { id },
    select: {
      ...Object.fromEntries(searchFields.map((field) => [field, true])),
      ...(searchIndustries && { industries: { select: { id: true } } }),
    },
  });
  const industries = (row?.industries ?? []) as { id: string }[];
  return contentSearchText(
    tx,
    kind,
    { ...row },
    industries.map((industry) => industry.id),
  );
}
