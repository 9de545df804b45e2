import { canTransition, type EnquiryStatus } from "@ig/domain";
import type { Tx } from "../client.ts";
import { saveVersioned } from "../content/save-versioned.ts";
import { EnquiryTransitionError } from "./enquiry-errors.ts";

const load = (reference: string) => (tx: Tx) =>
  tx.enquiry.findUnique({ where: { reference }, select: { id: true, version: true, status: true } });

/**
 * Moves an enquiry to another status, if the state machine allows it (else
 * EnquiryTransitionError, nothing written): in one transaction the status and version change, a
 * status-history entry is appended (the investor's status page shows it) and the audit entry is
 * written. A stale version is a conflict.
 */
export async function changeEnquiryStatus({
  reference,
  to,
  version,
  actorId,
}: {
  reference: string;
  to: EnquiryStatus;
  version: number;
  actorId: string;
}) {
  return saveVersioned({
    entity: "enquiry",
    action: "status",
    actorId,
    slug: reference,
    version,
    load: load(reference),
    changes: (current) => {
      if (!canTransition(current.status as EnquiryStatus, to))
        throw new EnquiryTransitionError(current.status, to);
      return { status: { from: current.status, to } };
    },
    write: async (tx, current) => {
      const { count } = await tx.enquiry.updateMany({
        where: { id: current.id, version: current.version },
        data: { status: to, version: { increment: 1 } },
      });
      if (count === 1) {
        await tx.enquiryStatusChange.create({
          data: { enquiryId: current.id, fromStatus: current.status, toStatus: to, actorId },
        });
      }
      return count;
    },
  });
}
