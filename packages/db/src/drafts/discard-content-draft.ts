import { type EditableKind, contentKinds } from "@ig/domain";
import { db } from "../client.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";
import { ContentNotFoundError } from "../content/content-errors.ts";
import { getContentForEditing } from "../content/get-content-for-editing.ts";
import { draftConflict } from "./save-content-draft.ts";

/**
 * Discards a published record's draft revision (the public record stays as it is), audited as
 * "discard-draft" in the same transaction. `revision` is the draft revision the editor saw: no
 * draft, or a newer one saved in between, throws ContentConflictError with a ContentEditView; an
 * unknown slug ContentNotFoundError. Answers the record as published.
 */
export function discardContentDraft({
  kind,
  actorId,
  slug,
  revision,
}: {
  kind: EditableKind;
  actorId: string;
  slug: string;
  revision: number;
}) {
  return db().$transaction(async (tx) => {
    const record = await getContentForEditing(kind, slug, tx);
    if (!record) throw new ContentNotFoundError(slug);
    const { count } = await tx.contentDraft.deleteMany({ where: { kind, recordId: record.id, revision } });
    if (count === 0) return draftConflict(tx, kind, slug);
    await writeAuditEntry(tx, {
      actorId,
      action: "discard-draft",
      entity: contentKinds[kind].entity,
      entityId: record.id,
    });
    return record;
  });
}
