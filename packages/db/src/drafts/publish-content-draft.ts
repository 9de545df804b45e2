import { type EditableKind, type ContentEditOf } from "@ig/domain";
import { db } from "../client.ts";
import { ContentConflictError, ContentNotFoundError } from "../content/content-errors.ts";
import { getContentForEditing } from "../content/get-content-for-editing.ts";
import type { TNewSource } from "@ig/domain";
import { updateContent } from "../content/update-content.ts";
import { findContentDraft } from "./content-draft.ts";
import { draftConflict } from "./save-content-draft.ts";

/**
 * Publishes the changes waiting for a published record, in ONE transaction: applies them through
 * the kind's normal update path (updateContent: version check, search text, "update" audit entry
 * with each field's old and new value) and removes the draft revision. The changes are the stored
 * draft's values on its base version, or `edit` (the edit form's values on the version it was
 * opened at, so changes typed since the draft was saved are not lost). `revision` is the draft
 * revision the editor saw (0: none): another draft saved in between, or a public record changed
 * since the base version, throws ContentConflictError with a ContentEditView; no draft and no
 * `edit`, or an unknown slug, ContentNotFoundError. Answers the record as published now.
 */
export function publishContentDraft<K extends EditableKind>({
  kind,
  actorId,
  slug,
  revision,
  edit,
}: {
  kind: K;
  actorId: string;
  slug: string;
  revision: number;
  /** With the sources typed in as new (see updateContent), created as the draft is published. */
  edit?: { version: number; input: ContentEditOf<K>; newSources?: Record<string, TNewSource | undefined> };
}) {
  return db().$transaction(async (tx) => {
    const record = await getContentForEditing(kind, slug, tx);
    if (!record) throw new ContentNotFoundError(slug);
    const draft = await findContentDraft(tx, kind, record.id);
    if ((draft?.revision ?? 0) !== revision) return draftConflict(tx, kind, slug);
    const changes = edit ?? (draft && { version: draft.baseVersion, input: draft.values });
    if (!changes) throw new ContentNotFoundError(slug);
    try {
      const saved = await updateContent({ kind, actorId, slug, ...changes, tx });
      if (draft) await tx.contentDraft.delete({ where: { id: draft.id } });
      return saved.record;
    } catch (error) {
      if (error instanceof ContentConflictError) return draftConflict(tx, kind, slug);
      throw error;
    }
  });
}
