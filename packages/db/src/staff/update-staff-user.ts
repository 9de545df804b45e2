import { changedFields, type TStaffUserInput } from "@ig/domain";
import { newValues, saveVersioned } from "../content/save-versioned.ts";
import { getStaffAccount } from "./get-staff-account.ts";
import { SelfLockoutError } from "./staff-user-errors.ts";
import { endAllStaffSessions } from "./end-all-staff-sessions.ts";

const editableFields = ["name", "role", "areas"] as const;

/**
 * An administrator changes a staff member's name, role or areas, from the `version` they saw
 * (ContentConflictError when stale, ContentNotFoundError when gone), audited field by field in
 * the same transaction. Admins cannot demote themselves, so the last administrator stays one.
 * A changed role or set of areas ends every session of the account in that transaction, so the
 * staff member signs in again under the new rights; an administrator's own area change spares
 * their sessions (an administrator acts on every area whatever is ticked, so nothing narrows).
 */
export function updateStaffUser({
  actorId,
  id,
  version,
  input,
}: {
  actorId: string;
  id: string;
  version: number;
  input: Pick<TStaffUserInput, (typeof editableFields)[number]>;
}) {
  if (id === actorId && input.role !== "admin") throw new SelfLockoutError();
  const areas = [...new Set(input.areas)].sort();
  return saveVersioned({
    entity: "StaffUser",
    action: "update",
    actorId,
    slug: id,
    version,
    load: (tx) => getStaffAccount(id, tx),
    changes: (current) => changedFields(current, { ...input, areas }, editableFields),
    write: async (tx, current, changes) => {
      const { areas: newAreas, ...fields } = newValues(changes) as { areas?: string[] };
      const { count } = await tx.staffUser.updateMany({
        where: { id: current.id, version },
        data: { ...fields, version: { increment: 1 } },
      });
      if (count && newAreas) {
        const rows = await tx.area.findMany({ where: { slug: { in: newAreas } }, select: { id: true } });
        await tx.staffUser.update({ where: { id }, data: { areas: { set: rows } } });
      }
      if (count && (changes.role || changes.areas) && id !== actorId)
        await endAllStaffSessions(tx, { staffUserId: id });
      return count;
    },
  });
}
