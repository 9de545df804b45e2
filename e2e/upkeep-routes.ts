import { expect, test, type BrowserContext } from "@playwright/test";
import { query } from "./database";
import { factories } from "./support/test-data";

export type Who = "anonymous" | "viewer" | "otherArea" | "deactivated" | "rightArea" | "admin";
const refused: Partial<Record<Who, number>> = {
  anonymous: 401,
  viewer: 403,
  otherArea: 403,
  deactivated: 401,
};

/** A draft figure on a Liangjiang park and a draft industry of this call alone: no public page changes. */
async function draftRecords() {
  const { createFigure, createIndustry, db } = await factories();
  const park = await db.park.findFirstOrThrow({
    where: { area: { slug: "liangjiang" } },
    orderBy: { slug: "asc" },
  });
  const source = await db.source.findFirstOrThrow({ orderBy: { key: "asc" } });
  const figure = await createFigure(db, {
    parkId: park.id,
    label: { en: "Matrix figure", zh: "矩阵指标" },
    period: { en: "2024", zh: "2024年" },
    sourceId: source.id,
    status: "draft",
  });
  const industry = await createIndustry(db, {
    name: { en: "Matrix industry", zh: "矩阵产业" },
    status: "draft",
  });
  return { id: figure.id, sourceId: figure.sourceId, industry: industry.slug };
}

/**
 * The figure, mark-verified and industry routes for one kind of visitor: a Liangjiang figure may
 * be changed by Liangjiang editors and admins; industries (shared by both areas) by admins only;
 * every refusal changes nothing.
 */
export async function expectUpkeepRoutes(context: BrowserContext, who: Who) {
  const { id, sourceId, industry } = await draftRecords();
  const state = async () =>
    (
      await query<{ version: number; value: number; verified: Date | null; industry: { en: string } }>(
        `SELECT f.version, f.value, f."lastVerifiedAt" AS verified, i.name AS industry
         FROM "Figure" f, "Industry" i WHERE f.id = $1 AND i.slug = $2`,
        [id, industry],
      )
    )[0]!;
  const headers = { origin: test.info().project.use.baseURL! };
  const before = await state();
  const edit = await context.request.patch(`/api/admin/figures/${id}`, {
    headers,
    data: {
      version: 1,
      label: { en: "Matrix figure", zh: "矩阵指标" },
      value: 2,
      unit: "count",
      qualifier: null,
      period: { en: "2024", zh: "2024年" },
      sourceId,
      headline: false,
    },
  });
  const verify = await context.request.post("/api/admin/verified", {
    headers,
    data: { kind: "figure", id, version: (await state()).version },
  });
  const rename = await context.request.patch(`/api/admin/industries/${industry}`, {
    headers,
    data: { version: 1, name: { en: "Matrix industry renamed", zh: "矩阵产业" } },
  });
  const figureStatus = refused[who] ?? 200;
  expect([edit.status(), verify.status(), rename.status()], who).toEqual([
    figureStatus,
    figureStatus,
    who === "admin" ? 200 : (refused[who] ?? 403),
  ]);
  const after = await state();
  if (figureStatus !== 200) expect(after, who).toEqual(before);
  else {
    expect(after, who).toMatchObject({ version: 3, value: 2 });
    expect(after.verified, who).not.toBeNull();
    expect(after.industry.en, who).toBe(who === "admin" ? "Matrix industry renamed" : "Matrix industry");
  }
}
