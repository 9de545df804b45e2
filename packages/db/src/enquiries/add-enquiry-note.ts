import { db } from "../client.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";
import { ContentNotFoundError } from "../content/content-errors.ts";

/**
 * Adds an internal note (staff only; the investor never sees it) with its audit entry, in one
 * transaction. Notes are only ever added, so two people writing at once need no version check.
 * A note counts as handling: it touches the enquiry's updatedAt, which the overdue rule reads,
 * but not its version (a note must not make someone's open status form stale).
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
    await tx.enquiry.update({ where: { id: enquiry.id }, data: { updatedAt: new Date() } });
    const note = await tx.enquiryNote.create({
      data: { enquiryId: enquiry.id, authorId, body },
      select: { id: true, createdAt: true },
    });
    // The audit trail records that a note was written, not its text (it may hold personal data).
    await writeAuditEntry(tx, {
      actorId: authorId,
      action: "note",
      entity: "Enquiry",
      entityId: enquiry.id,
      changes: { notes: { from: null, to: note.id } },
    });
    return note;
  });
}
