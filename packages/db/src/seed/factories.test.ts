import { beforeAll, describe, expect, it } from "vitest";
import { ZEnquiryReference } from "@ig/domain";
import { db } from "../client.ts";
import { getEnquiryStatus } from "../enquiries/get-enquiry-status.ts";
import { verifyStaffLogin } from "../staff/verify-staff-login.ts";
import { seedDatabase } from "./seed-database.ts";
import { createEnquiry, createStaffUser } from "./factories.ts";

beforeAll(() => seedDatabase());

describe("createStaffUser (factory)", () => {
  it("makes an account that signs in with the demo password, edits its areas and hides its hash", async () => {
    const user = await createStaffUser(db(), { role: "editor", areas: ["tianfu"] });
    expect(Object.keys(user)).not.toContain("passwordHash");
    const login = await verifyStaffLogin({
      email: user.email,
      password: "demo-password-2026",
      ip: "10.9.0.1",
    });
    expect(login.kind).toBe("ok");
    const areas = await db().area.findMany({
      where: { staff: { some: { id: user.id } } },
      select: { slug: true },
    });
    expect(areas).toEqual([{ slug: "tianfu" }]);
  });

  it("takes a password of the test's own", async () => {
    const user = await createStaffUser(db(), { password: "another-test-password" });
    expect(
      (await verifyStaffLogin({ email: user.email, password: "demo-password-2026", ip: "10.9.0.2" })).kind,
    ).toBe("invalid");
    expect(
      (await verifyStaffLogin({ email: user.email, password: "another-test-password", ip: "10.9.0.2" })).kind,
    ).toBe("ok");
  });
});

describe("createEnquiry (factory)", () => {
  it("makes an enquiry with a real reference, its areas and its first status, as investors look it up", async () => {
    const enquiry = await createEnquiry(db(), { areas: ["liangjiang"], status: "in-progress" });
    expect(ZEnquiryReference.safeParse(enquiry.reference).success).toBe(true);
    const status = await getEnquiryStatus({ reference: enquiry.reference, email: enquiry.email });
    expect(status?.status).toBe("in-progress");
    expect(status?.history.map((change) => change.status)).toEqual(["in-progress"]);
    const areas = await db().area.findMany({
      where: { enquiries: { some: { id: enquiry.id } } },
      select: { slug: true },
    });
    expect(areas).toEqual([{ slug: "liangjiang" }]);
  });
});
