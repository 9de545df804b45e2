import {
  canTransition,
  isEmailedStatus,
  statusChangeEmail,
  type EnquiryStatus,
  type Locale,
} from "@ig/domain";
import type { Tx } from "../client.ts";
import { saveVersioned } from "../content/save-versioned.ts";
import { EnquiryTransitionError } from "./enquiry-errors.ts";

const load = (reference: string) => (tx: Tx) =>
  tx.enquiry.findUnique({
    where: { reference },
    select: { id: true, version: true, status: true, name: true, email: true, language: true },
  });

/**
 * Moves an enquiry to another status, if the state machine allows it (else
 * EnquiryTransitionError, nothing written): in one transaction the status and version change, a
 * status-history entry is appended (the investor's status page shows it), the audit entry is
 * written and, when the enquiry is answered or closed, the investor's notice is queued in the
 * outbox in the enquiry's language. A stale version is a conflict.
 * `statusUrl`: the absolute URL of the public status page, for that e-mail ("?ref=" is added).
 */
export async function changeEnquiryStatus({
  reference,
  to,
  version,
  actorId,
  statusUrl,
}: {
  reference: string;
  to: EnquiryStatus;
  version: number;
  actorId: string;
  statusUrl: (language: Locale) => string;
}) {
  return saveVersioned({
    entity: "Enquiry",
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
        if (isEmailedStatus(to)) {
          const language = current.language as Locale;
          const url = new URL(statusUrl(language));
          url.searchParams.set("ref", reference);
          await tx.outboxEmail.create({
            data: {
              enquiryId: current.id,
              to: current.email,
              language,
              ...statusChangeEmail({
                reference,
                name: current.name,
                language,
                status: to,
                statusUrl: url.href,
              }),
            },
          });
        }
      }
      return count;
    },
  });
}
