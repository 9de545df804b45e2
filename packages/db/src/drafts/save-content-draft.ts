import {
  changedFields,
  contentKinds,
  type ContentEditOf,
  type EditableKind,
  type TNewSource,
} from "@ig/domain";
import { db, type Tx } from "../client.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";
import { createNewSources } from "../content/create-new-sources.ts";
import { checkContentLinks } from "../content/check-content-links.ts";
import { ContentConflictError, ContentNotFoundError } from "../content/content-errors.ts";
import { getContentForEditing } from "../content/get-content-for-editing.ts";
import { conflictWithDraft, findContentDraft, openWithDraft, type ContentEditView } from "./content-draft.ts";

/**
 * Throws ContentConflictError with what the editor must see now (conflictWithDraft): the record
 * and its draft as they are in this transaction.
 */
export async function draftConflict(tx: Tx, kind: EditableKind, slug: string): Promise<never> {
  const record = await getContentForEditing(kind, slug, tx);
  if (!record) throw new ContentNotFoundError(slug);
  throw new ContentConflictError(conflictWithDraft(record, await findContentDraft(tx, kind, record.id)));
}

/**
 * Saves staff changes to a PUBLISHED record as its draft revision, leaving the public record as
 * it is: `input` is the kind's parsed edit input (without slug and version), `version` the record
 * version it is based on, `revision` the draft revision the editor started from (0: none). A stale
 * version or revision, or a record that is no longer published, throws ContentConflictError (with
 * a ContentEditView); an unknown slug ContentNotFoundError; an unknown link, or one of another
 * area, ContentLinkError. Audited as "save-draft" with each field
 * from its public value to the draft's, in the same transaction. Answers the record as its edit form
 * opens now.
 */
export function saveContentDraft<K extends EditableKind>({
  kind,
  actorId,
  slug,
  version,
  revision,
  input,
  newSources = {},
}: {
  kind: K;
  actorId: string;
  slug: string;
  version: number;
  revision: number;
  input: ContentEditOf<K>;
  /** Sources typed in as new: created now (cited by the draft only) and audited, as updateContent does. */
  newSources?: Record<string, TNewSource | undefined>;
}): Promise<ContentEditView<K>> {
  return db().$transaction(async (tx) => {
    const record = await getContentForEditing(kind, slug, tx);
    if (!record) throw new ContentNotFoundError(slug);
    if (record.version !== version || record.status !== "published") return draftConflict(tx, kind, slug);
    const created = await createNewSources(tx, newSources);
    Object.assign(input, created.ids);
    // A draft names only what publishing it could link to (ContentLinkError, nothing written).
    await checkContentLinks(tx, kind, input as Record<string, unknown>);
    const payload = JSON.parse(JSON.stringify(input)) as object;
    const saved = { payload, baseVersion: version, authorId: actorId, savedAt: new Date() };
    // Conditional writes, so a draft saved by someone else in between makes this a conflict.
    const { count } =
      revision === 0
        ? await tx.contentDraft.createMany({
            data: [{ kind, recordId: record.id, ...saved }],
            skipDuplicates: true,
          })
        : await tx.contentDraft.updateMany({
            where: { kind, recordId: record.id, revision },
            data: { ...saved, revision: { increment: 1 } },
          });
    if (count === 0) return draftConflict(tx, kind, slug);
    await writeAuditEntry(tx, {
      actorId,
      action: "save-draft",
      entity: contentKinds[kind].entity,
      entityId: record.id,
      changes: {
        ...changedFields(record as Record<string, unknown>, input, contentKinds[kind].editFields),
        ...created.changes,
      },
    });
    return openWithDraft(record, await findContentDraft(tx, kind, record.id));
  });
}
