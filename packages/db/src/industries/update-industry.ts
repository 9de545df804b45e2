import { changedFields, industryEditFields, type TIndustryEdit } from "@ig/domain";
import { saveVersioned, versionedUpdate } from "../content/save-versioned.ts";
import { getIndustryForEditing } from "./get-industry-for-editing.ts";
import { refreshIndustrySearchText } from "./refresh-industry-search-text.ts";

/**
 * Saves an administrator's edit of an industry: refused on a stale version, audited, and a new
 * name rewrites the search text of the records it names. Industries are shared by both new areas,
 * so the web layer lets only administrators call this.
 */
export function updateIndustry({
  actorId,
  slug,
  version,
  input,
}: {
  actorId: string;
  slug: string;
  version: number;
  input: Omit<TIndustryEdit, "slug" | "version">;
}) {
  return saveVersioned({
    entity: "Industry",
    action: "update",
    actorId,
    slug,
    version,
    load: (tx) => getIndustryForEditing(slug, tx),
    changes: (current) => changedFields(current, input, industryEditFields),
    write: async (tx, current, changes) => {
      const { count } = await tx.industry.updateMany(versionedUpdate({ id: current.id, version, changes }));
      if (count > 0 && changes.name) await refreshIndustrySearchText(tx, current.id);
      return count;
    },
  });
}
