import { contentKinds, editableKinds } from "@ig/domain";
import type { Tx } from "../client.ts";
import { storedRecordSearchText } from "../content/content-search-text.ts";
import { contentTable } from "../content/content-table.ts";

/**
 * Search finds parks, projects and policies by the names of their industries (search-text.ts),
 * so renaming an industry rewrites the search text of every record it names, in the rename's
 * transaction: "hydrogen" finds them the moment the industry is called that.
 */
export async function refreshIndustrySearchText(tx: Tx, industryId: string) {
  for (const kind of editableKinds.filter((k) => contentKinds[k].searchIndustries)) {
    const table = contentTable(tx, kind);
    const linked = await table.findMany({
      where: { industries: { some: { id: industryId } } },
      select: { id: true },
    });
    for (const { id } of linked) {
      await table.update({ where: { id }, data: { searchText: await storedRecordSearchText(tx, kind, id) } });
    }
  }
}
