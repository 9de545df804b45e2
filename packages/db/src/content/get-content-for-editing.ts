import { contentKinds, type ContentEditOf, type EditableKind, type FormField } from "@ig/domain";
import { db, type Tx } from "../client.ts";
import { appDay } from "../dto.ts";
import { editingInclude, editValueOf } from "./content-field-storage.ts";
import { contentTable } from "./content-table.ts";

export type ContentForEditing<K extends EditableKind = EditableKind> = {
  id: string;
  slug: string;
  version: number;
  status: "draft" | "published";
  /** The slugs of every area the record belongs to (projects and parks: exactly one; an edit field of every kind). */
  areas: string[];
  lastVerifiedAt: string | null;
  updatedAt: string;
} & ContentEditOf<K>;

/** A record of any kind as staff edit it, in any status, or null. */
export async function getContentForEditing<K extends EditableKind>(
  kind: K,
  slug: string,
  tx: Tx = db(),
): Promise<ContentForEditing<K> | null> {
  const row = await contentTable(tx, kind).findUnique({ where: { slug }, include: editingInclude(kind) });
  if (!row) return null;
  const fields = (contentKinds[kind].form as readonly FormField[]).map((field) => [
    field.name,
    editValueOf(kind, field, row),
  ]);
  return {
    id: row.id,
    slug: row.slug,
    version: row.version,
    status: row.status as "draft" | "published",
    lastVerifiedAt: appDay(row.lastVerifiedAt),
    updatedAt: row.updatedAt.toISOString(),
    ...(Object.fromEntries(fields) as ContentEditOf<K>),
  };
}
