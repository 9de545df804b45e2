import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { query } from "./database";
import { signInOverHttp } from "./support/staff-session";
import { staffAccount } from "./support/test-data";

// Demo accounts of the development seed (README).
const password = "demo-password-2026";

test("anonymous visitors are sent to the login; staff sign in and out", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login$/);
  await expectNoAxeViolations(page);
  await page.getByLabel("E-mail").fill("editor.liangjiang@inland-gateway.test");
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByText("Signed in as Demo Editor (Liangjiang) (editor)")).toBeVisible();
  await expectNoAxeViolations(page);
  const cookie = (await page.context().cookies()).find((c) => c.name.includes("next-auth.session-token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/login$/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login$/);
});

test("unknown e-mail and wrong password get the same answer, and the sixth attempt is refused", async ({
  page,
}) => {
  const alert = page.locator("form").getByRole("alert");
  await page.goto("/admin/login");
  await page.getByLabel("E-mail").fill("viewer@inland-gateway.test");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alert).toHaveText("E-mail or password is not right.");
  // An account of its own, so that no other journey is locked out.
  const email = `locked.${Date.now()}@inland-gateway.test`;
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill(`wrong-password-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alert).toHaveText("E-mail or password is not right.");
  }
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alert).toContainText("Too many failed attempts");
  const [audit] = await query<{ failed: string }>(
    `SELECT count(*) AS failed FROM "AuditEntry" WHERE action = 'login-failed' AND "createdAt" > now() - interval '5 minutes'`,
  );
  expect(Number(audit!.failed)).toBeGreaterThanOrEqual(6);
});

test("a deactivated account loses access on its next request", async ({ browser }) => {
  // An account of its own: the demo editors are signed in by journeys running alongside.
  const email = await staffAccount("editor", ["tianfu"]);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInOverHttp(page.request, email);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin$/);
  await query(`UPDATE "StaffUser" SET active = false WHERE email = $1`, [email]);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login$/);
  await context.close();
});
