import { type EditableKind, type ContentEditOf } from "@ig/domain";
import type { Tx } from "../client.ts";
import type { ContentForEditing } from "../content/get-content-for-editing.ts";

/** Who saved a record's draft revision, and when (ISO 8601, UTC; pages show it in China time). */
export type ContentDraftInfo = {
  revision: number;
  baseVersion: number;
  savedAt: string;
  author: { name: string; email: string } | null;
};

/** A published record's draft revision: its info and the kind's edit values it holds. */
export type ContentDraft<K extends EditableKind = EditableKind> = ContentDraftInfo & {
  id: string;
  values: ContentEditOf<K>;
};

/**
 * A record as its edit form works on it: `revision` is the draft revision the form started from
 * (0: none), sent back with every draft write so two editors of one draft never overwrite each
 * other silently; `draft` says whose draft the values are.
 */
export type ContentEditView<K extends EditableKind = EditableKind> = ContentForEditing<K> & {
  revision: number;
  draft: ContentDraftInfo | null;
};

/** The draft revision of the record `recordId` of this kind, or null. */
export async function findContentDraft<K extends EditableKind>(
  tx: Tx,
  kind: K,
  recordId: string,
): Promise<ContentDraft<K> | null> {
  const row = await tx.contentDraft.findUnique({
    where: { kind_recordId: { kind, recordId } },
    include: { author: { select: { name: true, email: true } } },
  });
  if (!row) return null;
  return {
    id: row.id,
    revision: row.revision,
    baseVersion: row.baseVersion,
    savedAt: row.savedAt.toISOString(),
    author: row.author,
    values: row.payload as ContentEditOf<K>,
  };
}

const infoOf = ({ id: _id, values: _values, ...info }: ContentDraft): ContentDraftInfo => info;

/**
 * The record as its edit form opens: with a draft, the draft's values on the version the draft was
 * based on (so if the public record changed since, saving or publishing shows that as a conflict).
 */
export function openWithDraft<K extends EditableKind>(
  record: ContentForEditing<K>,
  draft: ContentDraft<K> | null,
): ContentEditView<K> {
  if (!draft) return { ...record, revision: 0, draft: null };
  return {
    ...record,
    ...draft.values,
    version: draft.baseVersion,
    revision: draft.revision,
    draft: infoOf(draft),
  };
}

/**
 * What a conflicting editor is shown as "theirs", carrying the version and revision to save
 * against next: the draft's values while it is based on the current record, else the public
 * record's own values (what publishing would overwrite), on its current version.
 */
export function conflictWithDraft<K extends EditableKind>(
  record: ContentForEditing<K>,
  draft: ContentDraft<K> | null,
): ContentEditView<K> {
  if (draft && draft.baseVersion === record.version) return openWithDraft(record, draft);
  return { ...record, revision: draft?.revision ?? 0, draft: draft && infoOf(draft) };
}
