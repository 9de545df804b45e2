import type { AuditAction, AuditEntity, FieldChanges } from "@ig/domain";
import { db, type Tx } from "../client.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";
import { ContentConflictError, ContentNotFoundError } from "./content-errors.ts";

/**
 * The one way staff change a content record (edit, publish, unpublish), in ONE transaction:
 * read it, refuse a stale version (ContentConflictError with the current record), compute the
 * changed fields, write them WHERE the version is still the one read (so a concurrent save that
 * committed in between makes this one a conflict too, never a silent overwrite), bump the
 * version and record who changed which field from what to what. No change: nothing is written.
 *
 * Model: a record is either a draft (unpublished, staff only), saved here directly, or published;
 * staff changes to a published record wait in its draft revision (../drafts/) until they are
 * published through this same path. Publish and Unpublish only switch the status.
 *
 * `tx`: run inside the caller's transaction (publishing a draft, a rolled-back preview) instead
 * of a new one.
 */
export async function saveVersioned<T extends { id: string; version: number }>(options: {
  entity: AuditEntity;
  action: AuditAction;
  actorId: string;
  slug: string;
  version: number;
  load: (tx: Tx) => Promise<T | null>;
  /** Writes what the changes refer to (a new source) once the version is checked, before they are computed. */
  prepare?: (tx: Tx) => Promise<void>;
  changes: (current: T) => FieldChanges;
  /** Writes the changes with version + 1 where id and version match; answers the row count. */
  write: (tx: Tx, current: T, changes: FieldChanges) => Promise<number>;
  tx?: Tx;
}): Promise<{ record: T; changes: FieldChanges }> {
  const save = async (tx: Tx) => {
    const current = await options.load(tx);
    if (!current) throw new ContentNotFoundError(options.slug);
    if (current.version !== options.version) throw new ContentConflictError(current);
    await options.prepare?.(tx);
    const changes = options.changes(current);
    if (Object.keys(changes).length === 0) return { record: current, changes };
    const count = await options.write(tx, current, changes);
    if (count === 0) throw new ContentConflictError(await options.load(tx));
    await writeAuditEntry(tx, {
      actorId: options.actorId,
      action: options.action,
      entity: options.entity,
      entityId: current.id,
      changes,
    });
    return { record: (await options.load(tx))!, changes };
  };
  return options.tx ? save(options.tx) : db().$transaction(save);
}

/**
 * The updateMany arguments of saveVersioned's usual `write`: the changed fields as they are, version
 * + 1, WHERE the version is still the one read (so a concurrent save makes the row count 0).
 */
export function versionedUpdate({
  id,
  version,
  changes,
}: {
  id: string;
  version: number;
  changes: FieldChanges;
}) {
  return { where: { id, version }, data: { ...newValues(changes), version: { increment: 1 } } };
}

/** Only the new values of the changes, as the data of an update. */
export function newValues(changes: FieldChanges): Record<string, unknown> {
  return Object.fromEntries(Object.entries(changes).map(([field, { to }]) => [field, to]));
}
