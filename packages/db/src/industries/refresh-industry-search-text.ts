import type { Tx } from "../client.ts";
import { contentSearchText } from "../content/content-search-text.ts";

/**
 * Search finds parks, projects and policies by the names of their industries (search-text.ts),
 * so renaming an industry rewrites the search text of every record it names, in the rename's
 * transaction: "hydrogen" finds them the moment the industry is called that.
 */
export async function refreshIndustrySearchText(tx: Tx, industryId: string) {
  const linked = { industries: { some: { id: industryId } } };
  const [parks, projects, policies] = await Promise.all([
    tx.park.findMany({ where: linked, select: { id: true, name: true, summary: true } }),
    tx.project.findMany({ where: linked, select: { id: true, name: true, summary: true } }),
    tx.policy.findMany({ where: linked, select: { id: true, title: true, summary: true, benefit: true } }),
  ]);
  for (const { id, ...fields } of parks) {
    await tx.park.update({
      where: { id },
      data: { searchText: await contentSearchText(tx, "park", id, fields) },
    });
  }
  for (const { id, ...fields } of projects) {
    const searchText = await contentSearchText(tx, "project", id, fields);
    await tx.project.update({ where: { id }, data: { searchText } });
  }
  for (const { id, ...fields } of policies) {
    const searchText = await contentSearchText(tx, "policy", id, fields);
    await tx.policy.update({ where: { id }, data: { searchText } });
  }
}
