import { contentKinds, type EditableKind } from "@ig/domain";
import { db, type Tx } from "../client.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";
import { ContentConflictError, ContentInUseError, ContentNotFoundError } from "./content-errors.ts";
import { contentTable } from "./content-table.ts";
import { getContentForEditing } from "./get-content-for-editing.ts";

/** The enquiry relation that names records of each kind (news items are never enquired about). */
const enquiryLink = { project: "projects", park: "parks", policy: "policies", news: null } as const;

/**
 * What still refers to a record: a park's projects and the enquiries about a park, project or
 * policy. Those block its deletion rather than cascading: a project would lose its park, an
 * investor's enquiry its subject. (Figures and images belong to their park or project and go with
 * it; the links of a policy or news item to areas, parks and industries are simply removed.)
 */
export async function countContentUses(kind: EditableKind, id: string, tx: Tx = db()) {
  const link = enquiryLink[kind];
  const [projects, enquiries] = await Promise.all([
    kind === "park" ? tx.project.count({ where: { parkId: id } }) : 0,
    link ? tx.enquiry.count({ where: { [link]: { some: { id } } } }) : 0,
  ]);
  return { projects, enquiries };
}

/**
 * Deletes a record of any kind from the version the editor confirmed, in one transaction: a
 * stale version throws ContentConflictError, a record still in use ContentInUseError; the audit
 * entry ("delete") keeps the record's main fields as "from", so the log still says what it was.
 */
export function deleteContent({
  kind,
  actorId,
  slug,
  version,
}: {
  kind: EditableKind;
  actorId: string;
  slug: string;
  version: number;
}) {
  return db().$transaction(async (tx) => {
    const current = await getContentForEditing(kind, slug, tx);
    if (!current) throw new ContentNotFoundError(slug);
    if (current.version !== version) throw new ContentConflictError(current);
    const uses = await countContentUses(kind, current.id, tx);
    if (uses.projects > 0 || uses.enquiries > 0) throw new ContentInUseError(uses);
    const { count } = await contentTable(tx, kind).deleteMany({ where: { id: current.id, version } });
    if (count === 0) throw new ContentConflictError(await getContentForEditing(kind, slug, tx));
    // Drafts and previews name the record by id in a table of every kind: no foreign key removes them.
    await tx.contentDraft.deleteMany({ where: { kind, recordId: current.id } });
    await tx.contentPreview.deleteMany({ where: { kind, recordId: current.id } });
    const { nameField, entity } = contentKinds[kind];
    const main = {
      slug: current.slug,
      status: current.status,
      [nameField]: (current as Record<string, unknown>)[nameField],
      areas: current.areas,
    };
    await writeAuditEntry(tx, {
      actorId,
      action: "delete",
      entity,
      entityId: current.id,
      changes: Object.fromEntries(Object.entries(main).map(([field, from]) => [field, { from, to: null }])),
    });
    return { slug };
  });
}
