import { randomBytes } from "node:crypto";
import { type EditableKind, type ContentEditOf } from "@ig/domain";
import { db } from "../client.ts";
import { checkContentLinks } from "../content/check-content-links.ts";
import { ContentNotFoundError } from "../content/content-errors.ts";
import { contentTable } from "../content/content-table.ts";

/** How long a preview can be opened: long enough to read it, short enough not to pile up. */
export const previewLifetimeMs = 30 * 60 * 1000;

/**
 * Keeps edit-form values one staff member asked to preview (the kind's parsed edit input, without
 * slug and version) and answers the random id (24 bytes, base64url) the preview page reads them by.
 * Expired previews go in the same transaction. Nothing of the record changes; an unknown slug throws
 * ContentNotFoundError, an unknown link or one of another area ContentLinkError.
 */
export function createContentPreview<K extends EditableKind>({
  kind,
  staffUserId,
  slug,
  input,
}: {
  kind: K;
  staffUserId: string;
  slug: string;
  input: ContentEditOf<K>;
}): Promise<string> {
  return db().$transaction(async (tx) => {
    const record = await contentTable(tx, kind).findUnique({ where: { slug }, select: { id: true } });
    if (!record) throw new ContentNotFoundError(slug);
    await checkContentLinks(tx, kind, input as Record<string, unknown>);
    await tx.contentPreview.deleteMany({
      where: { createdAt: { lt: new Date(Date.now() - previewLifetimeMs) } },
    });
    const id = randomBytes(24).toString("base64url");
    const payload = JSON.parse(JSON.stringify(input)) as object;
    await tx.contentPreview.create({ data: { id, kind, recordId: record.id, payload, staffUserId } });
    return id;
  });
}
