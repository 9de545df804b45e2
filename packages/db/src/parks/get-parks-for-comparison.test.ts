import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../client.ts";
import { createArea, createFigure, createPark, createPolicy, createSource } from "../seed/factories.ts";
import { getParksForComparison } from "./get-parks-for-comparison.ts";

let areaId: string;

beforeAll(async () => {
  areaId = (await createArea(db())).id;
});

describe("getParksForComparison", () => {
  it("returns the published parks asked for, in the order asked, with figures and policies", async () => {
    const source = await createSource(db());
    const first = await createPark(db(), { areaId, sizeSqKm: 12.5 });
    const second = await createPark(db(), { areaId });
    const draft = await createPark(db(), { areaId, status: "draft" });
    await createFigure(db(), { parkId: first.id, sourceId: source.id, value: 7, unit: "percent" });
    const policy = await createPolicy(db(), { areaIds: [areaId], parkIds: [first.id, second.id] });

    const parks = await getParksForComparison([second.slug, draft.slug, "no-such-park", first.slug]);

    expect(parks.map((park) => park.slug)).toEqual([second.slug, first.slug]);
    expect(parks[1]).toMatchObject({ sizeSqKm: 12.5, figures: [expect.objectContaining({ value: 7 })] });
    expect(parks.every((park) => park.policies.some((p) => p.slug === policy.slug))).toBe(true);
  });

  it("refuses more than four parks or the same park twice, before asking the database", async () => {
    await expect(getParksForComparison(["a", "b", "c", "d", "e"])).rejects.toThrow();
    await expect(getParksForComparison(["a", "a"])).rejects.toThrow();
  });
});
