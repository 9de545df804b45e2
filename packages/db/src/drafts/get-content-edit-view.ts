import { canEditAreas, type EditableKind, type StaffViewer } from "@ig/domain";
import { db } from "../client.ts";
import { getContentForEditing } from "../content/get-content-for-editing.ts";
import { findContentDraft, openWithDraft, type ContentEditView } from "./content-draft.ts";

/**
 * A record as its edit form opens for this staff member, or null: a published record's draft
 * revision only for those who may change the record (canEditAreas); viewers and editors of other
 * areas see the public values, and `draftHidden` says a draft exists.
 */
export async function getContentEditView<K extends EditableKind>(
  viewer: StaffViewer,
  kind: K,
  slug: string,
): Promise<(ContentEditView<K> & { draftHidden: boolean }) | null> {
  const record = await getContentForEditing(kind, slug);
  if (!record) return null;
  const draft = record.status === "published" ? await findContentDraft(db(), kind, record.id) : null;
  const mayEdit = canEditAreas(viewer, record.areas);
  return { ...openWithDraft(record, mayEdit ? draft : null), draftHidden: !mayEdit && draft !== null };
}
