import { beforeAll, describe, expect, it } from "vitest";
import { addDays, dayIn } from "@ig/domain";
import { db } from "../client.ts";
import { seedDatabase } from "../seed/seed-database.ts";
import { ContentConflictError } from "../content/content-errors.ts";
import { listAuditEntries } from "../audit/list-audit-entries.ts";
import { createStaffUser } from "./create-staff-user.ts";
import { listStaffUsers } from "./list-staff-users.ts";
import { updateStaffUser } from "./update-staff-user.ts";
import { setStaffUserActive } from "./set-staff-user-active.ts";
import { SelfLockoutError } from "./staff-user-errors.ts";
import { sendPasswordReset } from "./send-password-reset.ts";
import { resetStaffPassword } from "./reset-staff-password.ts";
import { verifyStaffLogin } from "./verify-staff-login.ts";

const password = "initial password 1";
const resetUrl = new URL("http://localhost/admin/reset-password");

async function account(role: "admin" | "editor" = "editor") {
  const email = `users.${Date.now()}.${Math.random().toString(36).slice(2)}@example.cn`;
  return createStaffUser({
    actorId: null,
    input: { email, name: "Staff Test", role, areas: ["tianfu"], locale: "en" },
    password,
  });
}

/** Sends a reset link and reads the token back out of the queued e-mail, as its recipient would. */
async function resetToken(actorId: string, id: string, email: string) {
  await sendPasswordReset({ actorId, id, resetUrl });
  const mail = await db().outboxEmail.findFirstOrThrow({
    where: { to: email },
    orderBy: { createdAt: "desc" },
  });
  return new URL(mail.text.match(/http\S+/)![0]).searchParams.get("token")!;
}

let admin: { id: string };
beforeAll(async () => {
  await seedDatabase();
  admin = await account("admin");
});

describe("staff user management", () => {
  it("lists accounts with their areas and never the password hash", async () => {
    const user = await account();
    const row = (await listStaffUsers()).find((u) => u.id === user.id);
    expect(row).toMatchObject({ role: "editor", active: true, areas: ["tianfu"], version: 1 });
    expect(row).not.toHaveProperty("passwordHash");
  });

  it("changes role and areas from the version read, audits each field, and refuses a stale version", async () => {
    const user = await account();
    const { record } = await updateStaffUser({
      actorId: admin.id,
      id: user.id,
      version: 1,
      input: { name: "Staff Test", role: "viewer", areas: ["liangjiang", "tianfu"] },
    });
    expect(record).toMatchObject({ role: "viewer", areas: ["liangjiang", "tianfu"], version: 2 });
    const { entries } = await listAuditEntries({ entity: "StaffUser", actorId: admin.id, action: "update" });
    expect(entries.find((e) => e.entityId === user.id)?.changes).toEqual({
      role: { from: "editor", to: "viewer" },
      areas: { from: ["tianfu"], to: ["liangjiang", "tianfu"] },
    });
    await expect(
      updateStaffUser({
        actorId: admin.id,
        id: user.id,
        version: 1,
        input: { name: "Other", role: "admin", areas: [] },
      }),
    ).rejects.toBeInstanceOf(ContentConflictError);
    expect((await listStaffUsers()).find((u) => u.id === user.id)).toMatchObject({
      name: "Staff Test",
      role: "viewer",
    });
  });

  it("deactivates and reactivates, audited; an admin cannot deactivate or demote themselves", async () => {
    const user = await account();
    await setStaffUserActive({ actorId: admin.id, id: user.id, active: false });
    expect(await db().staffUser.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      active: false,
    });
    expect((await verifyStaffLogin({ email: user.email, password, ip: "10.9.0.1" })).kind).toBe("invalid");
    await setStaffUserActive({ actorId: admin.id, id: user.id, active: true });
    const actions = await db().auditEntry.findMany({
      where: { entityId: user.id, action: { in: ["deactivate", "reactivate"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual(["deactivate", "reactivate"]);

    const before = await db().auditEntry.count({ where: { entityId: admin.id } });
    await expect(
      setStaffUserActive({ actorId: admin.id, id: admin.id, active: false }),
    ).rejects.toBeInstanceOf(SelfLockoutError);
    expect(() =>
      updateStaffUser({
        actorId: admin.id,
        id: admin.id,
        version: 1,
        input: { name: "A", role: "editor", areas: [] },
      }),
    ).toThrow(SelfLockoutError);
    expect(await db().staffUser.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      active: true,
      role: "admin",
    });
    expect(await db().auditEntry.count({ where: { entityId: admin.id } })).toBe(before);
  });
});

describe("password reset links", () => {
  it("go out only by e-mail, store only a hash, and work exactly once", async () => {
    const user = await account();
    const token = await resetToken(admin.id, user.id, user.email);
    const stored = await db().passwordReset.findFirstOrThrow({ where: { staffUserId: user.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    expect(await resetStaffPassword({ token, password: "a brand new password" })).toBe(true);
    expect(
      (await verifyStaffLogin({ email: user.email, password: "a brand new password", ip: "10.9.1.1" })).kind,
    ).toBe("ok");
    expect(await resetStaffPassword({ token, password: "another new password" })).toBe(false);
    expect(
      (await verifyStaffLogin({ email: user.email, password: "another new password", ip: "10.9.1.2" })).kind,
    ).toBe("invalid");
    expect(await db().auditEntry.count({ where: { entityId: user.id, action: "password-reset" } })).toBe(1);
  });

  it("refuse expired, replaced and unknown tokens, and short passwords", async () => {
    const user = await account();
    const expired = await resetToken(admin.id, user.id, user.email);
    await db().passwordReset.updateMany({
      where: { staffUserId: user.id, usedAt: null },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await resetStaffPassword({ token: expired, password: "a brand new password" })).toBe(false);

    const first = await resetToken(admin.id, user.id, user.email);
    const second = await resetToken(admin.id, user.id, user.email);
    expect(await resetStaffPassword({ token: first, password: "a brand new password" })).toBe(false);
    expect(await resetStaffPassword({ token: "made-up", password: "a brand new password" })).toBe(false);
    await expect(resetStaffPassword({ token: second, password: "short" })).rejects.toThrow();
    expect(await resetStaffPassword({ token: second, password: "a brand new password" })).toBe(true);
    expect((await verifyStaffLogin({ email: user.email, password, ip: "10.9.2.1" })).kind).toBe("invalid");
  });
});

describe("listAuditEntries", () => {
  it("filters by entity, action, actor and day, newest first, one page at a time", async () => {
    const user = await account();
    await setStaffUserActive({ actorId: admin.id, id: user.id, active: false });
    await setStaffUserActive({ actorId: admin.id, id: user.id, active: true });
    const today = dayIn(new Date(), "Asia/Shanghai");
    const page = await listAuditEntries({
      entity: "StaffUser",
      actorId: admin.id,
      from: today,
      to: today,
      pageSize: 1,
    });
    expect(page.entries).toHaveLength(1);
    expect(page.entries[0]).toMatchObject({
      action: "reactivate",
      entityId: user.id,
      actor: { id: admin.id },
    });
    expect(page.pageCount).toBeGreaterThanOrEqual(2);
    const second = await listAuditEntries({ entity: "StaffUser", actorId: admin.id, page: 2, pageSize: 1 });
    expect(second.entries[0]).toMatchObject({ action: "deactivate", entityId: user.id });
    expect(page.entries[0]!.record?.name.en).toBe(user.name);
    const history = await listAuditEntries({ entity: "StaffUser", recordId: user.id });
    expect(history.entries.map((e) => e.action)).toEqual(["reactivate", "deactivate", "create"]);
    expect((await listAuditEntries({ actorId: admin.id, to: addDays(today, -2) })).total).toBe(0);
  });
});
