import { expect, request, test, type Page } from "@playwright/test";
import { query } from "./database";
import { postCredentials, loadDemoSession } from "./support/staff-session";
import { staffAccount } from "./support/test-data";

// Sign-in and sign-out over real HTTP with redirects off, as a script (or an attacker holding a
// copied cookie) sees them: which e-mails sign in, and which cookies still open the staff area.
const cookieName = "next-auth.session-token";
const baseURL = () => test.info().project.use.baseURL!;

/** Posts the credentials to next-auth like the login form does; the session cookie, or null. */
async function sessionCookie(email: string, secret?: string) {
  const api = await request.newContext({ baseURL: baseURL() });
  expect((await postCredentials(api, email, secret)).status()).toBe(302);
  const cookie = (await api.storageState()).cookies.find((c) => c.name === cookieName);
  await api.dispose();
  return cookie?.value ?? null;
}

/** A client holding nothing but that session cookie (as copied out of a browser). */
const holding = (session: string) =>
  request.newContext({
    baseURL: baseURL(),
    storageState: {
      cookies: [
        {
          name: cookieName,
          value: session,
          domain: "localhost",
          path: "/",
          expires: -1,
          httpOnly: true,
          secure: false,
          sameSite: "Lax",
        },
      ],
      origins: [],
    },
  });

/** Signs out through next-auth (its CSRF check included) with that cookie. */
async function signOutOverHttp(session: string) {
  const api = await holding(session);
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await api.post("/api/auth/signout", {
    form: { csrfToken, callbackUrl: "/admin/login" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  await api.dispose();
}

/**
 * What a bare cookie opens: the overview page and the inbox page (redirects off), the inbox
 * export and a staff API write. Either everything answers as to that staff member, or
 * everything is refused and no staff data is in any body.
 */
async function expectCookie(session: string, name: string, works: boolean) {
  const api = await holding(session);
  for (const path of ["/admin", "/admin/enquiries"]) {
    const page = await api.get(path, { maxRedirects: 0 });
    const body = await page.text();
    if (works) {
      expect(page.status(), path).toBe(200);
      expect(body, path).toContain(`Signed in as ${name}`);
    } else {
      expect(page.status(), path).toBe(307);
      expect(page.headers().location, path).toMatch(/\/admin\/login$/);
      expect(body, path).not.toContain(name);
    }
  }
  const csv = await api.get("/admin/enquiries/export", { maxRedirects: 0 });
  expect(csv.status()).toBe(works ? 200 : 401);
  if (!works) expect(await csv.text()).not.toContain("reference");
  const write = await api.post("/api/admin/verified", {
    headers: { origin: baseURL() },
    data: { kind: "park", id: "none", version: 1 },
    maxRedirects: 0,
  });
  if (works) expect(write.status()).not.toBe(401);
  else expect(write.status()).toBe(401);
  await api.dispose();
}

const accountOf = async (email: string) =>
  (
    await query<{ name: string; id: string }>(`SELECT id, name FROM "StaffUser" WHERE email = $1`, [email])
  )[0]!;

test("the login matches the e-mail exactly: wildcards do not sign in, another case does", async () => {
  for (const email of ["admin%", "%", "viewer@inland-gateway.tes_", "_iewer@inland-gateway.test"])
    expect(await sessionCookie(email), email).toBeNull();
  const session = await sessionCookie(" VIEWER@Inland-Gateway.test ");
  expect(session).not.toBeNull();
  await expectCookie(session!, "Demo Viewer", true);
});

test("a cookie captured before signing out is refused afterwards; other sign-ins stay", async () => {
  const email = await staffAccount("viewer", []);
  const { name } = await accountOf(email);
  const phone = (await sessionCookie(email))!;
  const desk = (await sessionCookie(email))!;
  await expectCookie(phone, name, true);
  await signOutOverHttp(phone);
  await expectCookie(phone, name, false);
  await expectCookie(desk, name, true);
});

/** An administrator's browser on the edit page of an account. */
async function adminOn(page: Page, id: string) {
  await loadDemoSession(page, "admin");
  await page.goto(`/admin/users/${id}`);
}

test("an administrator's password reset, role change and deactivation end the account's sessions", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const admin = await browser.newContext();
  const page = await admin.newPage();

  // Password reset: the link is sent, the new password set; the old cookie no longer works.
  const resetEmail = await staffAccount("editor", ["tianfu"]);
  const reset = await accountOf(resetEmail);
  const beforeReset = (await sessionCookie(resetEmail))!;
  await adminOn(page, reset.id);
  await page.getByRole("button", { name: "Send password reset link" }).click();
  await expect(page.getByText("A reset link is on its way")).toBeVisible();
  const [mail] = await query<{ text: string }>(`SELECT text FROM "OutboxEmail" WHERE "to" = $1`, [
    resetEmail,
  ]);
  const token = new URL(mail!.text.match(/http\S+/)![0]).searchParams.get("token")!;
  const visitor = await browser.newPage();
  await visitor.goto(`/admin/reset-password?token=${token}`);
  await visitor.getByLabel("New password").fill("a brand new password");
  await visitor.getByRole("button", { name: "Set password" }).click();
  await expect(visitor.getByRole("status")).toContainText("Your password is set.");
  await visitor.close();
  await expectCookie(beforeReset, reset.name, false);
  expect(await sessionCookie(resetEmail, "a brand new password")).not.toBeNull();

  // Role change (viewer → editor).
  const roleEmail = await staffAccount("viewer", []);
  const role = await accountOf(roleEmail);
  const beforeRole = (await sessionCookie(roleEmail))!;
  await page.goto(`/admin/users/${role.id}`);
  await page.getByLabel("Role").selectOption("editor");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();
  await expectCookie(beforeRole, role.name, false);

  // Deactivation.
  const goneEmail = await staffAccount("editor", ["liangjiang"]);
  const gone = await accountOf(goneEmail);
  const beforeDeactivation = (await sessionCookie(goneEmail))!;
  await page.goto(`/admin/users/${gone.id}`);
  await page.getByRole("button", { name: "Deactivate account" }).click();
  await expect(page.getByText("Account deactivated.")).toBeVisible();
  await expectCookie(beforeDeactivation, gone.name, false);
  await admin.close();
});
