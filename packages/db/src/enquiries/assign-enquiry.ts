import type { FieldChanges } from "@ig/domain";
import type { Tx } from "../client.ts";
import { saveVersioned } from "../content/save-versioned.ts";
import { EnquiryAssigneeError } from "./enquiry-errors.ts";
import { listEnquiryAssignees } from "./list-enquiry-assignees.ts";

const load = (reference: string) => (tx: Tx) =>
  tx.enquiry.findUnique({
    where: { reference },
    select: { id: true, version: true, assigneeId: true, areas: { select: { id: true } } },
  });

/**
 * Gives an enquiry to a staff member (or to nobody: assigneeId null), with its audit entry, in
 * one transaction; a stale version is a conflict. The assignee must be able to handle it: an
 * active administrator or an active editor of one of the enquiry's areas.
 */
export async function assignEnquiry({
  reference,
  assigneeId,
  version,
  actorId,
}: {
  reference: string;
  assigneeId: string | null;
  version: number;
  actorId: string;
}) {
  return saveVersioned({
    entity: "Enquiry",
    action: "assign",
    actorId,
    slug: reference,
    version,
    load: load(reference),
    changes: (current): FieldChanges =>
      current.assigneeId === assigneeId ? {} : { assigneeId: { from: current.assigneeId, to: assigneeId } },
    write: async (tx, current) => {
      if (assigneeId !== null) {
        const allowed = await listEnquiryAssignees({ areaIds: current.areas.map((a) => a.id) });
        if (!allowed.some((s) => s.id === assigneeId)) throw new EnquiryAssigneeError();
      }
      const { count } = await tx.enquiry.updateMany({
        where: { id: current.id, version: current.version },
        data: { assigneeId, version: { increment: 1 } },
      });
      return count;
    },
  });
}
