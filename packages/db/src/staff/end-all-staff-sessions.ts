import type { Tx } from "../client.ts";

/**
 * Ends every session of a staff member, inside the transaction of the change that calls for it
 * (password reset, role or area change, deactivation), whose audit entry records it. Answers
 * how many sessions ended.
 */
export async function endAllStaffSessions(tx: Tx, { staffUserId }: { staffUserId: string }) {
  const { count } = await tx.staffSession.deleteMany({ where: { staffUserId } });
  return count;
}
