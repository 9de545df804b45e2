import { type EditableKind, type StaffViewer, type ContentEditOf } from "@ig/domain";
import { db } from "../client.ts";
import { ContentLinkError } from "../content/content-errors.ts";
import { getContentForEditing } from "../content/get-content-for-editing.ts";
import { getPublicContent, type PublicContent } from "../content/get-public-content.ts";
import { updateContent } from "../content/update-content.ts";
import { previewLifetimeMs } from "./create-content-preview.ts";

/** Carries the rendered content out of the transaction it must roll back. */
class PreviewRendered extends Error {
  constructor(readonly content: PublicContent | null) {
    super("Preview rendered; its transaction is rolled back.");
  }
}

/**
 * The public page content of a record with the values of the preview `id` applied, or null when
 * there is no such preview for this viewer, record and kind (another staff member's, or expired).
 * The values go through the kind's own update path and the public page's own read inside ONE
 * transaction that is always rolled back: the preview shows exactly what publishing them would
 * show (links, derived fields), and nothing is saved. Applied on the record's current version, so
 * a preview never conflicts.
 */
export async function renderContentPreview(
  viewer: StaffViewer,
  { kind, slug, id }: { kind: EditableKind; slug: string; id: string },
): Promise<PublicContent | null> {
  const preview = await db().contentPreview.findUnique({ where: { id } });
  const fresh = preview && preview.createdAt.getTime() > Date.now() - previewLifetimeMs;
  if (!fresh || preview.staffUserId !== viewer.id || preview.kind !== kind) return null;
  const rendered = await db()
    .$transaction(async (tx) => {
      const record = await getContentForEditing(kind, slug, tx);
      if (!record || record.id !== preview.recordId) throw new PreviewRendered(null);
      const input = preview.payload as ContentEditOf<EditableKind>;
      await updateContent({ kind, actorId: viewer.id, slug, version: record.version, input, tx });
      throw new PreviewRendered(await getPublicContent(kind, slug, { draft: true, tx }));
    })
    .catch((error: unknown) => {
      if (error instanceof PreviewRendered) return error;
      // A link that went away since the preview was made: there is nothing to show any more.
      if (error instanceof ContentLinkError) return new PreviewRendered(null);
      throw error;
    });
  return rendered.content;
}
