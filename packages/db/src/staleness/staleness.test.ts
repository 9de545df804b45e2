import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../client.ts";
import { ContentConflictError } from "../content/content-errors.ts";
import {
  createArea,
  createFigure,
  createIndustry,
  createNewsItem,
  createPark,
  createPolicy,
  createProject,
  createSource,
  createStaffUser,
} from "../seed/factories.ts";
import { getContentForEditing } from "../content/get-content-for-editing.ts";
import { getPark } from "../parks/get-park.ts";
import { getContentAreas } from "./get-content-areas.ts";
import { listMissingTranslations } from "./list-missing-translations.ts";
import { listStaleContent } from "./list-stale-content.ts";
import { markVerified } from "./mark-verified.ts";

let actorId: string;
let area: { id: string; slug: string };
let sourceId: string;
const monthsAgo = (months: number) => new Date(Date.now() - months * 31 * 24 * 3600 * 1000);

beforeAll(async () => {
  actorId = (await createStaffUser(db(), { role: "editor" })).id;
  area = await createArea(db());
  sourceId = (await createSource(db())).id;
});

/** One record of every kind, all with the given lastVerifiedAt. */
async function oneOfEach(lastVerifiedAt: Date | null) {
  const park = await createPark(db(), { areaId: area.id, lastVerifiedAt });
  return {
    park,
    project: await createProject(db(), { areaId: area.id, lastVerifiedAt }),
    policy: await createPolicy(db(), { areaIds: [area.id], lastVerifiedAt }),
    news: await createNewsItem(db(), { areaIds: [area.id], lastVerifiedAt }),
    figure: await createFigure(db(), { parkId: park.id, sourceId, lastVerifiedAt }),
    industry: await createIndustry(db(), { lastVerifiedAt }),
  };
}

describe("markVerified", () => {
  it("stamps every kind with now, version-checked and audited", async () => {
    const now = new Date("2026-11-26T01:00:00Z");
    const records = await oneOfEach(monthsAgo(20));
    for (const [kind, record] of Object.entries(records)) {
      const { record: saved } = await markVerified({
        kind: kind as keyof typeof records,
        id: record.id,
        version: 1,
        actorId,
        now,
      });
      expect(saved, kind).toEqual({ id: record.id, version: 2, lastVerifiedAt: now.toISOString() });
      await expect(
        markVerified({ kind: kind as keyof typeof records, id: record.id, version: 1, actorId }),
      ).rejects.toBeInstanceOf(ContentConflictError);
    }
    const [entry] = await db().auditEntry.findMany({ where: { entityId: records.figure.id } });
    expect(entry).toMatchObject({
      actorId,
      action: "verify",
      entity: "Figure",
      changes: {
        lastVerifiedAt: { from: records.figure.lastVerifiedAt!.toISOString(), to: now.toISOString() },
      },
    });
    expect(await getContentAreas({ kind: "policy", id: records.policy.id })).toEqual([area.slug]);
    expect(await getContentAreas({ kind: "industry", id: records.industry.id })).toEqual([]);
    expect(await getContentAreas({ kind: "news", id: "no-such-id" })).toBeNull();
  });
});

describe("listStaleContent", () => {
  it("lists never and over-12-months verified records of every kind, oldest first", async () => {
    const never = await oneOfEach(null);
    const older = await oneOfEach(monthsAgo(14));
    const old = await oneOfEach(monthsAgo(13));
    const fresh = await oneOfEach(monthsAgo(1));
    const { items, total } = await listStaleContent({ limit: 1_000_000 });
    expect(total).toBe(items.length);
    const position = (id: string) => items.findIndex((item) => item.id === id);
    for (const kind of Object.keys(never) as (keyof typeof never)[]) {
      expect(position(fresh[kind].id), kind).toBe(-1);
      expect(position(never[kind].id), kind).toBeGreaterThanOrEqual(0);
      expect(position(never[kind].id), kind).toBeLessThan(position(older[kind].id));
      expect(position(older[kind].id), kind).toBeLessThan(position(old[kind].id));
    }
    expect(items[position(old.figure.id)]).toMatchObject({
      kind: "figure",
      slug: null,
      name: { en: "Test figure", zh: "测试指标" },
      holder: old.park.name,
      areas: [area.slug],
      version: 1,
    });
    expect(items[position(old.park.id)]).toMatchObject({
      kind: "park",
      slug: old.park.slug,
      areas: [area.slug],
    });
    expect((await listStaleContent({ limit: 1 })).items).toHaveLength(1);
  });
});

describe("China time", () => {
  it("dates a verification at 07:30 China time (23:30 UTC the day before) on the China day", async () => {
    const park = await createPark(db(), { areaId: area.id, lastVerifiedAt: null });
    const now = new Date("2025-11-29T23:30:00Z"); // 30 November 2025, 07:30 China time
    await markVerified({ kind: "park", id: park.id, version: 1, actorId, now });
    expect((await getContentForEditing("park", park.slug))?.lastVerifiedAt).toBe("2025-11-30");
    expect((await getPark(park.slug, { draft: true }))?.lastVerifiedAt).toBe("2025-11-30");

    // Stale from the start of the China day a year later on, not from 23:30 UTC.
    const staleAt = async (iso: string) =>
      (await listStaleContent({ now: new Date(iso), limit: 1_000_000 })).items.some((i) => i.id === park.id);
    expect(await staleAt("2026-11-30T15:59:00Z")).toBe(false); // 30 Nov 2026, 23:59 China time
    expect(await staleAt("2026-11-30T16:00:00Z")).toBe(true); // 1 Dec 2026, 00:00 China time
    expect(await staleAt("2026-11-30T02:00:00Z")).toBe(false); // 30 Nov 2026, 10:00 (was stale)
  });
});

describe("listMissingTranslations", () => {
  it("names each record with an empty English or Chinese text, the field and the language", async () => {
    const park = await createPark(db(), {
      areaId: area.id,
      summary: { en: "Only English", zh: " " },
      address: { en: "", zh: "地址" },
    });
    const figure = await createFigure(db(), { areaId: area.id, sourceId, period: { en: "", zh: "" } });
    // Unset optional texts (no benefit) and complete ones are not missing anything.
    const policy = await createPolicy(db(), { areaIds: [area.id], benefit: undefined });
    const industry = await createIndustry(db(), { name: { en: "Only English", zh: "" } });
    const missing = await listMissingTranslations();
    const of = (id: string) => missing.find((record) => record.id === id);
    expect(of(park.id)).toEqual({
      kind: "park",
      id: park.id,
      slug: park.slug,
      name: park.name,
      fields: expect.arrayContaining([
        { field: "summary", missing: ["zh"] },
        // The factory copies the summary into the description.
        { field: "description", missing: ["zh"] },
        { field: "address", missing: ["en"] },
      ]),
    });
    expect(of(park.id)?.fields).toHaveLength(3);
    expect(of(figure.id)).toMatchObject({
      kind: "figure",
      slug: null,
      fields: [{ field: "period", missing: ["en", "zh"] }],
    });
    expect(of(industry.id)?.fields).toEqual([{ field: "name", missing: ["zh"] }]);
    expect(of(policy.id)).toBeUndefined();
  });
});
