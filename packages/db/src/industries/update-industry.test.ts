import { describe, expect, it } from "vitest";
import { db } from "../client.ts";
import { ContentConflictError } from "../content/content-errors.ts";
import { createIndustry, createPark, createStaffUser } from "../seed/factories.ts";
import { searchContent } from "../search/search-content.ts";
import { getIndustryForEditing } from "./get-industry-for-editing.ts";
import { listIndustriesForStaff } from "./list-industries-for-staff.ts";
import { updateIndustry } from "./update-industry.ts";

describe("updateIndustry", () => {
  it("renames an industry from the version read, audited; a stale save writes nothing", async () => {
    const actorId = (await createStaffUser(db(), { role: "admin" })).id;
    const industry = await createIndustry(db(), { status: "draft" });
    const name = { en: "Hydrogen energy", zh: "氢能" };
    await updateIndustry({ actorId, slug: industry.slug, version: 1, input: { name } });
    await expect(
      updateIndustry({ actorId, slug: industry.slug, version: 1, input: { name: { en: "Stale", zh: "" } } }),
    ).rejects.toBeInstanceOf(ContentConflictError);
    expect(await getIndustryForEditing(industry.slug)).toMatchObject({ name, version: 2, status: "draft" });
    expect((await listIndustriesForStaff()).find((i) => i.slug === industry.slug)).toMatchObject({
      name,
      parks: 0,
      projects: 0,
    });
    const audit = await db().auditEntry.findMany({ where: { entity: "Industry", entityId: industry.id } });
    expect(audit.map((e) => [e.action, e.changes])).toEqual([
      ["update", { name: { from: { en: "Test industry", zh: "测试产业" }, to: name } }],
    ]);
  });

  it("makes the records of a renamed industry findable by its new name, in both languages", async () => {
    const actorId = (await createStaffUser(db(), { role: "admin" })).id;
    const industry = await createIndustry(db(), {});
    const area = await db().area.findFirstOrThrow({ select: { id: true } });
    const park = await createPark(db(), { areaId: area.id, industryIds: [industry.id] });
    const word = `zq${Date.now().toString(36)}`;
    const name = { en: `${word} materials`, zh: "犇骉新材料" };
    await updateIndustry({ actorId, slug: industry.slug, version: 1, input: { name } });
    for (const q of [word, "犇骉新材料"]) {
      const parks = (await searchContent({ q, limit: 5 })).groups.find((g) => g.kind === "parks");
      expect(
        parks?.hits.map((hit) => hit.slug),
        q,
      ).toContain(park.slug);
    }
  });
});
