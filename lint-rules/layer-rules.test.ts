// The layer rules of eslint.config.mjs, by example: each violating line is reported where it is
// forbidden, and the same line passes where it is allowed.
import { ESLint } from "eslint";
import path from "node:path";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "..") });

/** The rule ids ESLint reports for `code` as if it were the file at `filePath` (need not exist). */
async function violations(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe("the data layer", () => {
  const prismaImports = [
    'import { PrismaClient } from "@prisma/client";\nexport const c = PrismaClient;\n',
    'import { Prisma } from "../../packages/db/src/generated/prisma/client.ts";\nexport const p = Prisma;\n',
    'import { db } from "../../../packages/db/src/client.ts";\nexport const d = db;\n',
  ];

  it.each(prismaImports)("is the only package that imports Prisma or its internals: %s", async (code) => {
    expect(await violations("apps/web/src/server/example.ts", code)).toContain("no-restricted-imports");
    expect(await violations("e2e/example.spec.ts", code)).toContain("no-restricted-imports");
    expect(await violations("bench/example.ts", code)).toContain("no-restricted-imports");
  });

  it("may import its own generated client", async () => {
    const code =
      'import { PrismaClient } from "./generated/prisma/client.ts";\nexport const c = PrismaClient;\n';
    expect(await violations("packages/db/src/example.ts", code)).toEqual([]);
  });
});

describe("packages/domain", () => {
  const io = [
    ['import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n', "no-restricted-imports"],
    ['import net from "net";\nexport const n = net;\n', "no-restricted-imports"],
    ['import { listParks } from "@ig/db";\nexport const l = listParks;\n', "no-restricted-imports"],
    ["export const level = process.env.LOG_LEVEL;\n", "no-restricted-globals"],
    ['export const get = () => fetch("https://example.org");\n', "no-restricted-globals"],
    ['export const say = () => console.log("hello");\n', "no-console"],
  ];

  it.each(io)("does no I/O: %s", async (code, rule) => {
    expect(await violations("packages/domain/src/example.ts", code)).toContain(rule);
    // The same line is fine where I/O belongs.
    expect(await violations("packages/db/src/example.ts", code)).not.toContain(rule);
  });
});

describe('"use client" modules', () => {
  const barrelImport = 'import { sizeBands } from "@ig/domain";\nexport const s = sizeBands;\n';

  it("import @ig/domain's subpaths, not its barrel", async () => {
    const file = "apps/web/src/components/example.tsx";
    expect(await violations(file, `"use client";\n${barrelImport}`)).toContain(
      "ig/no-domain-barrel-in-client",
    );
    expect(await violations(file, `"use client";\nexport { sizeBands } from "@ig/domain";\n`)).toContain(
      "ig/no-domain-barrel-in-client",
    );
    const subpath =
      '"use client";\nimport { sizeBands } from "@ig/domain/enquiry-input";\nexport const s = sizeBands;\n';
    expect(await violations(file, subpath)).toEqual([]);
    const typeOnly = '"use client";\nimport type { Locale } from "@ig/domain";\nexport type L = Locale;\n';
    expect(await violations(file, typeOnly)).toEqual([]);
    // Server modules may use the barrel.
    expect(await violations(file, barrelImport)).toEqual([]);
  });
});
