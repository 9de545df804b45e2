import { crc32, deflateSync } from "node:zlib";
import { expect, type Page } from "@playwright/test";
import { query } from "./database";

/**
 * A staff account of this test run, written straight to the database with the demo accounts'
 * password ("demo-password-2026") hash, editing the given areas (by slug).
 */
export async function staffAccount(role: "viewer" | "editor" | "admin", areas: string[]) {
  const email = `e2e.${role}.${Date.now()}${Math.random().toString(36).slice(2, 6)}@inland-gateway.test`;
  const [user] = await query<{ id: string }>(
    `INSERT INTO "StaffUser" (id, email, name, role, "passwordHash", "updatedAt")
     SELECT 'e2e' || md5(random()::text), $1, $2, $3, "passwordHash", now()
     FROM "StaffUser" WHERE email = 'viewer@inland-gateway.test' RETURNING id`,
    [email, `E2E ${role}`, role],
  );
  await query(`INSERT INTO "_StaffAreas" ("A", "B") SELECT id, $1 FROM "Area" WHERE slug = ANY($2::text[])`, [
    user!.id,
    areas,
  ]);
  return email;
}

/** Signs in through the real login form (with the demo password unless the test set its own). */
export async function signInAs(page: Page, email: string, password = "demo-password-2026") {
  await page.goto("/admin/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

/** A real, decodable PNG (grey pixels) of the given size. */
export function png(width: number, height: number) {
  const u32 = (n: number) => Buffer.from([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    return Buffer.concat([u32(data.length), body, u32(crc32(body))]);
  };
  const header = Buffer.concat([u32(width), u32(height), Buffer.from([8, 0, 0, 0, 0])]);
  // Each row is its filter type (0: none) and then its grey pixels.
  const rows = Buffer.alloc(height * (width + 1), 128);
  for (let row = 0; row < height; row++) rows[row * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
