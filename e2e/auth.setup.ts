import { expect, test as setup } from "@playwright/test";
import { demoAccounts, demoPassword, staffState, type DemoRole } from "./support/staff-session";

// Signs each demo account in once, through the real login form, and keeps its browser state for
// the journeys (staffState): one sign-in per role instead of one per journey.
for (const role of Object.keys(demoAccounts) as DemoRole[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/admin/login");
    await page.getByLabel("E-mail").fill(demoAccounts[role]);
    await page.getByLabel("Password").fill(demoPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin$/, { timeout: 20_000 });
    await page.context().storageState({ path: staffState(role) });
  });
}
