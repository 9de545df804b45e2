import { db } from "../client.ts";
import { createStaffUser } from "../staff/create-staff-user.ts";

/**
 * Development accounts, listed in the README. Only ever written to a database on this machine
 * (the caller checks), and only when missing.
 */
const demoStaff = [
  {
    email: "admin@inland-gateway.test",
    name: "Demo Administrator",
    role: "admin",
    areas: ["tianfu", "liangjiang"],
  },
  {
    email: "editor.tianfu@inland-gateway.test",
    name: "Demo Editor (Tianfu)",
    role: "editor",
    areas: ["tianfu"],
  },
  {
    email: "editor.liangjiang@inland-gateway.test",
    name: "Demo Editor (Liangjiang)",
    role: "editor",
    areas: ["liangjiang"],
  },
  { email: "viewer@inland-gateway.test", name: "Demo Viewer", role: "viewer", areas: [] },
] as const;
export const demoPassword = "demo-password-2026";

export async function seedDemoStaff(): Promise<number> {
  let created = 0;
  for (const account of demoStaff) {
    if (await db().staffUser.findUnique({ where: { email: account.email }, select: { id: true } })) continue;
    await createStaffUser({
      actorId: null,
      input: { ...account, areas: [...account.areas], locale: null },
      password: demoPassword,
    });
    created++;
  }
  return created;
}
