import { db } from "../client.ts";
import { enquiryScope } from "../enquiries/enquiry-scope.ts";

/**
 * The e-mails not (yet) delivered: failed ones first (they need a person), then pending ones by
 * due time. Scoped like the inbox: staff see the messages of enquiries of their areas; messages
 * that belong to no enquiry only those who read every area.
 */
export async function listOutbox({
  areaIds,
  limit = 200,
}: {
  areaIds: readonly string[] | null;
  limit?: number;
}) {
  const rows = await db().outboxEmail.findMany({
    where: {
      status: { in: ["failed", "pending"] },
      ...(areaIds === null ? {} : { enquiry: enquiryScope(areaIds) }),
    },
    // "failed" sorts before "pending".
    orderBy: [{ status: "asc" }, { nextAttemptAt: "asc" }],
    take: limit,
    select: {
      id: true,
      to: true,
      subject: true,
      language: true,
      status: true,
      attempts: true,
      lastError: true,
      nextAttemptAt: true,
      createdAt: true,
      enquiry: { select: { reference: true } },
    },
  });
  return rows;
}
export type OutboxRow = Awaited<ReturnType<typeof listOutbox>>[number];
