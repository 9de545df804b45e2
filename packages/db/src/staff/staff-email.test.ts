import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../client.ts";
import { connectionSettings } from "../connection-settings.ts";
import { repoRoot } from "../launcher/embedded-postgres.ts";
import { seedDatabase } from "../seed/seed-database.ts";
import { createStaffUser } from "./create-staff-user.ts";

const unique = () => `${Date.now()}.${Math.random().toString(36).slice(2)}`;
const newAccount = (email: string) =>
  createStaffUser({
    actorId: null,
    input: { email, name: "E-mail Test", role: "viewer", areas: [], locale: "en" },
    password: "correct horse battery",
  });

beforeAll(() => seedDatabase());

describe("staff e-mails are stored normalised", () => {
  it("stores a new account's address trimmed and lower-cased, and refuses one differing only in case", async () => {
    const id = unique();
    const user = await newAccount(` Li.Na.${id}@Example.CN `);
    expect(user.email).toBe(`li.na.${id}@example.cn`);
    await expect(newAccount(`LI.NA.${id}@example.cn`)).rejects.toThrow(/Unique constraint/);
  });

  it("is enforced by the database for writes that bypass the application", async () => {
    for (const email of [
      `Upper.${unique()}@example.cn`,
      ` space.${unique()}@example.cn`,
      `ü.${unique()}@example.cn`,
    ])
      await expect(
        db().staffUser.create({ data: { email, name: "Raw", passwordHash: "x" } }),
        email,
      ).rejects.toThrow(/StaffUser_email_normalised/);
  });
});

describe("the migration that normalises existing e-mails", () => {
  const sql = readFileSync(
    path.join(repoRoot, "prisma/migrations/20261130143107_staff_email_normalised/migration.sql"),
    "utf8",
  );

  /** Runs the migration over rows written as before it (no constraint), then rolls everything back. */
  async function migrate(emails: string[]) {
    const client = new pg.Client(connectionSettings(process.env.DATABASE_URL!));
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query(`ALTER TABLE "StaffUser" DROP CONSTRAINT "StaffUser_email_normalised"`);
      const ids: string[] = [];
      for (const email of emails) {
        const { rows } = await client.query<{ id: string }>(
          `INSERT INTO "StaffUser" (id, email, name, "passwordHash", "updatedAt")
           VALUES (md5(random()::text), $1, 'Old', 'x', now()) RETURNING id`,
          [email],
        );
        ids.push(rows[0]!.id);
      }
      await client.query(sql);
      const { rows } = await client.query<{ email: string }>(
        `SELECT email FROM "StaffUser" WHERE id = ANY($1) ORDER BY email`,
        [ids],
      );
      return rows.map((row) => row.email);
    } finally {
      await client.query("ROLLBACK");
      await client.end();
    }
  }

  it("lower-cases and trims the addresses of existing accounts", async () => {
    const id = unique();
    expect(await migrate([`Old.Admin.${id}@Example.CN`, ` old.viewer.${id}@example.cn `])).toEqual([
      `old.admin.${id}@example.cn`,
      `old.viewer.${id}@example.cn`,
    ]);
  });

  it("stops, naming the address, when two accounts differ only in case", async () => {
    const id = unique();
    await expect(migrate([`twin.${id}@example.cn`, ` Twin.${id}@Example.cn`])).rejects.toMatchObject({
      message: expect.stringContaining("StaffUser_emails_differ_only_in_case"),
      detail: expect.stringContaining(`(twin.${id}@example.cn) is duplicated`),
    });
  });
});
