import { db } from "../client.ts";

/**
 * What an investor may see of their enquiry: its status and the history of status changes (never
 * notes, assignees or anything of another enquiry). Null unless reference and e-mail both match.
 */
export async function getEnquiryStatus({ reference, email }: { reference: string; email: string }) {
  const row = await db().enquiry.findUnique({
    where: { reference },
    select: {
      reference: true,
      email: true,
      status: true,
      createdAt: true,
      history: { orderBy: { createdAt: "asc" }, select: { toStatus: true, createdAt: true } },
    },
  });
  if (!row || row.email.toLowerCase() !== email.toLowerCase()) return null;
  return {
    reference: row.reference,
    // Spam review is internal: the sender sees the enquiry as received.
    status: row.status === "spam" ? "new" : row.status,
    createdAt: row.createdAt.toISOString(),
    history: row.history
      .filter((h) => h.toStatus !== "spam")
      .map((h) => ({ status: h.toStatus, at: h.createdAt.toISOString() })),
  };
}
export type EnquiryStatusView = NonNullable<Awaited<ReturnType<typeof getEnquiryStatus>>>;
