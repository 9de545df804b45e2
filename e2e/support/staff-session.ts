import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** The demo accounts of the development seed (README), by the role the journeys name them. */
export const demoAccounts = {
  admin: "admin@inland-gateway.test",
  "editor.tianfu": "editor.tianfu@inland-gateway.test",
  "editor.liangjiang": "editor.liangjiang@inland-gateway.test",
  viewer: "viewer@inland-gateway.test",
} as const;
export type DemoRole = keyof typeof demoAccounts;
export const demoPassword = "demo-password-2026";

/**
 * The browser state (session cookie) of a demo account, written once per run by e2e/auth.setup.ts
 * after signing in through the real form: `test.use({ storageState: staffState("admin") })` or
 * `browser.newContext({ storageState: staffState("viewer") })`. Journeys that sign out, change a
 * password, role or areas, or deactivate must use an account of their own instead (staffAccount):
 * those end every session of the account, and this one is shared by every worker.
 */
export const staffState = (role: DemoRole) => path.join(__dirname, "..", ".auth", `${role}.json`);

/** Puts a demo account's saved session into the page's browser context (no request is made). */
export async function loadDemoSession(page: Page, role: DemoRole) {
  const { cookies } = JSON.parse(await readFile(staffState(role), "utf8")) as {
    cookies: Parameters<ReturnType<Page["context"]>["addCookies"]>[0];
  };
  await page.context().addCookies(cookies);
}

/**
 * Posts credentials to next-auth as the login form does (CSRF token first), redirects off: on
 * success the session cookie lands in whatever `api` belongs to (`page.request`: the page's
 * browser context) and the answer is a 302 to the callback.
 */
export async function postCredentials(api: APIRequestContext, email: string, password = demoPassword) {
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return api.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/admin" },
    maxRedirects: 0,
  });
}

/**
 * Signs an account a test made in over HTTP (see postCredentials), and fails the test if it does
 * not sign in. The login form itself is tested by staff-login.spec.ts and used by auth.setup.ts.
 */
export async function signInOverHttp(api: APIRequestContext, email: string, password = demoPassword) {
  const response = await postCredentials(api, email, password);
  expect(response.status(), `sign-in of ${email}`).toBe(302);
  expect(response.headers().location, `sign-in of ${email}`).not.toContain("error");
}
