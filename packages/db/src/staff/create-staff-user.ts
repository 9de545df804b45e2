import { ZPassword, ZStaffUserInput, type TStaffUserInput } from "@ig/domain";
import { db } from "../client.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";
import { hashPassword } from "./password.ts";

/**
 * Creates a staff account with its areas, audited in the same transaction. The input goes through
 * ZStaffUserInput again, so the e-mail is stored normalised whoever calls (CLI, seed, tests).
 */
export async function createStaffUser({
  actorId,
  input: raw,
  password,
}: {
  actorId: string | null;
  input: TStaffUserInput;
  password: string;
}) {
  const input = ZStaffUserInput.parse(raw);
  const passwordHash = await hashPassword(ZPassword.parse(password));
  return db().$transaction(async (tx) => {
    const areas = await tx.area.findMany({ where: { slug: { in: input.areas } }, select: { id: true } });
    const user = await tx.staffUser.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role,
        locale: input.locale,
        passwordHash,
        areas: { connect: areas },
      },
      select: { id: true, email: true, name: true, role: true },
    });
    await writeAuditEntry(tx, {
      actorId,
      action: "create",
      entity: "StaffUser",
      entityId: user.id,
      changes: {
        email: { from: null, to: input.email },
        role: { from: null, to: input.role },
        areas: { from: null, to: input.areas },
      },
    });
    return user;
  });
}
