import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../client.ts";
import { seedDatabase } from "../seed/seed-database.ts";
import { createStaffUser } from "./create-staff-user.ts";
import { verifyStaffLogin } from "./verify-staff-login.ts";

const password = "correct horse battery";

async function account(prefix = "staff") {
  const email = `${prefix}.${Date.now()}.${Math.random().toString(36).slice(2)}@example.cn`;
  await createStaffUser({
    actorId: null,
    input: { email, name: "Test", role: "editor", areas: ["tianfu"], locale: "en" },
    password,
  });
  return email;
}

beforeAll(() => seedDatabase());

describe("verifyStaffLogin", () => {
  it("accepts the right password, stores only an argon2id hash, and audits the login", async () => {
    const email = await account();
    const result = await verifyStaffLogin({ email: email.toUpperCase(), password, ip: "10.0.0.1" });
    expect(result.kind).toBe("ok");
    const stored = await db().staffUser.findUniqueOrThrow({
      where: { email },
      select: { passwordHash: true, id: true },
    });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await db().auditEntry.count({ where: { actorId: stored.id, action: "login" } })).toBe(1);
    // Every other query leaves the hash out.
    expect(Object.keys(await db().staffUser.findUniqueOrThrow({ where: { email } }))).not.toContain(
      "passwordHash",
    );
  });

  it("answers an unknown e-mail exactly like a wrong password", async () => {
    const email = await account();
    expect(await verifyStaffLogin({ email, password: "wrong password!", ip: "10.0.0.2" })).toEqual({
      kind: "invalid",
    });
    expect(await verifyStaffLogin({ email: `x${email}`, password, ip: "10.0.0.2" })).toEqual({
      kind: "invalid",
    });
  });

  it("refuses even the right password after five failures for the account, from any address", async () => {
    const email = await account();
    for (let i = 0; i < 5; i++)
      await verifyStaffLogin({ email, password: "wrong password!", ip: `10.1.0.${i}` });
    const result = await verifyStaffLogin({ email, password, ip: "10.1.0.99" });
    expect(result.kind).toBe("throttled");
  });

  it("refuses an address after five failures, whichever accounts it tried", async () => {
    const ip = `10.2.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 5; i++)
      await verifyStaffLogin({ email: `guess${i}@example.cn`, password: "nope nope nope", ip });
    expect((await verifyStaffLogin({ email: await account(), password, ip })).kind).toBe("throttled");
  });

  it("refuses deactivated accounts", async () => {
    const email = await account();
    await db().staffUser.update({ where: { email }, data: { active: false } });
    expect((await verifyStaffLogin({ email, password, ip: "10.3.0.1" })).kind).toBe("invalid");
  });
});

describe("verifyStaffLogin compares the normalised e-mail exactly", () => {
  it("takes no LIKE wildcards: % and _ match only themselves", async () => {
    const email = await account();
    const [local, domain] = email.split("@") as [string, string];
    const patterns = [
      "%",
      `${local.slice(0, 8)}%`,
      `${local}@%`,
      `_${email.slice(1)}`,
      `${local}@${domain.slice(0, -1)}_`,
      email.replace(/\./g, "_"),
    ];
    for (const [i, pattern] of patterns.entries())
      expect((await verifyStaffLogin({ email: pattern, password, ip: `10.4.0.${i}` })).kind, pattern).toBe(
        "invalid",
      );
  });

  it("signs in a differently-cased or padded address, and no Unicode look-alike", async () => {
    const email = await account();
    for (const typed of [email.toUpperCase(), `  ${email} `, email.replace(/^s/, "S")])
      expect((await verifyStaffLogin({ email: typed, password, ip: "10.4.1.1" })).kind, typed).toBe("ok");
    // KELVIN SIGN lower-cases to "k" under Unicode rules; it is not the letter k.
    const kelvin = await account("kelvin");
    const lookAlike = `\u212A${kelvin.slice(1)}`;
    expect((await verifyStaffLogin({ email: lookAlike, password, ip: "10.4.1.2" })).kind).toBe("invalid");
  });

  it("counts the per-account lockout under the normalised e-mail, whatever case or spaces were typed", async () => {
    const email = await account();
    const variants = [email.toUpperCase(), ` ${email}`, `${email}\t`, email, `  ${email.toUpperCase()}`];
    for (const [i, typed] of variants.entries())
      await verifyStaffLogin({ email: typed, password: "wrong password!", ip: `10.5.0.${i}` });
    expect((await verifyStaffLogin({ email, password, ip: "10.5.0.99" })).kind).toBe("throttled");
  });

  it("checks at most five passwords of one account however many attempts arrive at once", async () => {
    const email = await account();
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        verifyStaffLogin({ email, password: `wrong password ${i}`, ip: `10.9.${i}.1` }),
      ),
    );
    expect(attempts.filter((attempt) => attempt.kind === "invalid")).toHaveLength(5);
    expect(attempts.filter((attempt) => attempt.kind === "throttled")).toHaveLength(15);
    // The right password is refused too until the window passes.
    expect((await verifyStaffLogin({ email, password, ip: "10.9.99.1" })).kind).toBe("throttled");
  });

  it("does not count a successful sign-in as a failure", async () => {
    const email = await account();
    for (let i = 0; i < 4; i++)
      await verifyStaffLogin({ email, password: "wrong password!", ip: "10.8.0.1" });
    for (let i = 0; i < 3; i++)
      expect((await verifyStaffLogin({ email, password, ip: "10.8.0.1" })).kind).toBe("ok");
  });
});
