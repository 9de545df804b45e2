import { db } from "../client.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";
import { ContentNotFoundError } from "../content/content-errors.ts";

/**
 * Adds an internal note (staff only; the investor never sees it) with its audit entry, in one
 * transaction. Notes are only ever added, so two people writing at once need no version check.
 */
export async function addEnquiryNote({
  reference,
  body,
  authorId,
}: {
  reference: string;
  body: string;
  authorId: string;
}) {
  return db().$transaction(async (tx) => {
    const enquiry = await tx.enquiry.findUnique({ where: { reference }, select: { id: true } });
    if (!enquiry) throw new ContentNotFoundError(reference);
    const note = await tx.enquiryNote.create({
      data: { enquiryId: enquiry.id, authorId, body },
      select: { id: true, createdAt: true },
    });
    // The audit trail records that a note was written, not its text (it may hold personal data).
    await writeAuditEntry(tx, {
      actorId: authorId,
      action: "note",
      entity: "enquiry",
      entityId: enquiry.id,
      changes: { notes: { from: null, to: note.id } },
    });
    return note;
  });
}
