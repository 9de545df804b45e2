import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../client.ts";
import { seedDatabase } from "../seed/seed-database.ts";
import { createStaffUser } from "./create-staff-user.ts";
import { endStaffSession } from "./end-staff-session.ts";
import { getSignedInStaffUser } from "./get-signed-in-staff-user.ts";
import { resetStaffPassword } from "./reset-staff-password.ts";
import { sendPasswordReset } from "./send-password-reset.ts";
import { setStaffUserActive } from "./set-staff-user-active.ts";
import { updateStaffUser } from "./update-staff-user.ts";
import { verifyStaffLogin } from "./verify-staff-login.ts";

const password = "session password 1";
let ip = 0;

async function account(role: "admin" | "editor" = "editor") {
  const email = `sessions.${Date.now()}.${Math.random().toString(36).slice(2)}@example.cn`;
  const user = await createStaffUser({
    actorId: null,
    input: { email, name: "Session Test", role, areas: ["tianfu"], locale: "en" },
    password,
  });
  return { ...user, version: 1 };
}

/** Signs in as a browser would (through verifyStaffLogin) and answers the session id. */
async function signIn(email: string, secret = password) {
  const result = await verifyStaffLogin({ email, password: secret, ip: `10.20.0.${++ip}` });
  if (result.kind !== "ok") throw new Error(`sign-in refused: ${result.kind}`);
  return result.sessionId;
}

const signedIn = async (sessionId: string) => (await getSignedInStaffUser(sessionId))?.id ?? null;

let admin: Awaited<ReturnType<typeof account>>;
beforeAll(async () => {
  await seedDatabase();
  admin = await account("admin");
});

describe("staff sessions", () => {
  it("a sign-in starts a session that names its user, and a made-up id names nobody", async () => {
    const user = await account();
    const session = await signIn(user.email);
    expect(session).toMatch(/^[\w-]{43}$/);
    expect(await getSignedInStaffUser(session)).toMatchObject({ id: user.id, role: "editor" });
    expect(await getSignedInStaffUser("made-up")).toBeNull();
  });

  it("signing out ends that session only, audited; signing out twice writes nothing more", async () => {
    const user = await account();
    const phone = await signIn(user.email);
    const desk = await signIn(user.email);
    expect(await endStaffSession({ sessionId: phone })).toBe(true);
    expect(await signedIn(phone)).toBeNull();
    expect(await signedIn(desk)).toBe(user.id);
    expect(await endStaffSession({ sessionId: phone })).toBe(false);
    expect(await db().auditEntry.count({ where: { actorId: user.id, action: "logout" } })).toBe(1);
  });

  it("a password reset ends every session of the account", async () => {
    const user = await account();
    const sessions = [await signIn(user.email), await signIn(user.email)];
    await sendPasswordReset({ actorId: admin.id, id: user.id, resetUrl: new URL("http://localhost/r") });
    // Sending the link alone changes nothing: the password is still the old one.
    expect(await signedIn(sessions[0]!)).toBe(user.id);
    const mail = await db().outboxEmail.findFirstOrThrow({ where: { to: user.email } });
    const token = new URL(mail.text.match(/http\S+/)![0]).searchParams.get("token")!;
    expect(await resetStaffPassword({ token, password: "a brand new password" })).toBe(true);
    for (const session of sessions) expect(await signedIn(session)).toBeNull();
    expect(await signedIn(await signIn(user.email, "a brand new password"))).toBe(user.id);
  });

  it("a role or area change ends every session of the account; a new name does not", async () => {
    const user = await account();
    const before = await signIn(user.email);
    const named = await updateStaffUser({
      actorId: admin.id,
      id: user.id,
      version: 1,
      input: { name: "Renamed", role: "editor", areas: ["tianfu"] },
    });
    expect(await signedIn(before)).toBe(user.id);
    await updateStaffUser({
      actorId: admin.id,
      id: user.id,
      version: named.record.version,
      input: { name: "Renamed", role: "viewer", areas: ["tianfu"] },
    });
    expect(await signedIn(before)).toBeNull();

    const again = await signIn(user.email);
    await updateStaffUser({
      actorId: admin.id,
      id: user.id,
      version: named.record.version + 1,
      input: { name: "Renamed", role: "viewer", areas: ["liangjiang"] },
    });
    expect(await signedIn(again)).toBeNull();
  });

  it("an administrator changing their own areas stays signed in (nothing they may do narrows)", async () => {
    const self = await account("admin");
    const session = await signIn(self.email);
    await updateStaffUser({
      actorId: self.id,
      id: self.id,
      version: 1,
      input: { name: "Session Test", role: "admin", areas: ["liangjiang"] },
    });
    expect(await signedIn(session)).toBe(self.id);
  });

  it("deactivation ends every session, and reactivation does not bring one back", async () => {
    const user = await account();
    const session = await signIn(user.email);
    await setStaffUserActive({ actorId: admin.id, id: user.id, active: false });
    await setStaffUserActive({ actorId: admin.id, id: user.id, active: true });
    expect(await signedIn(session)).toBeNull();
    expect(await db().staffSession.count({ where: { staffUserId: user.id } })).toBe(0);
  });

  it("an account deactivated behind the application's back is refused too", async () => {
    const user = await account();
    const session = await signIn(user.email);
    await db().staffUser.update({ where: { id: user.id }, data: { active: false } });
    expect(await signedIn(session)).toBeNull();
  });

  it("an expired session is refused, and the next sign-in of anyone deletes it", async () => {
    const user = await account();
    const session = await signIn(user.email);
    await db().staffSession.update({
      where: { id: session },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await signedIn(session)).toBeNull();
    await signIn(admin.email);
    expect(await db().staffSession.findUnique({ where: { id: session } })).toBeNull();
  });
});
