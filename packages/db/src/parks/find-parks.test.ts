import { beforeAll, describe, expect, it } from "vitest";
import type { TParkQuery } from "@ig/domain";
import { db } from "../client.ts";
import { createArea, createPark } from "../seed/factories.ts";
import { findParks } from "./find-parks.ts";
import { listParkPositions } from "./list-park-positions.ts";

// Far more parks than a page lists, all named with one rare word so that other files' parks in
// the shared test database do not count.
const many = 40;
const query = (q: string, more: Partial<TParkQuery> = {}): TParkQuery => ({ q, ...more });
let areas: { id: string; slug: string }[];

beforeAll(async () => {
  areas = [await createArea(db()), await createArea(db())];
  for (let i = 0; i < many; i++) {
    await createPark(db(), {
      areaId: areas[i % 2]!.id,
      type: i % 4 ? "industrial-park" : "bonded-zone",
      name: { en: `Zephyrine Logistics Park ${i}`, zh: `泽菲琳物流园${i}` },
      // Every tenth park has no position; the others lie on a line from (104.0, 30.0) north-east.
      ...(i % 10 ? { lat: 30 + i / 100, lng: 104 + i / 100 } : {}),
    });
  }
  await createPark(db(), {
    areaId: areas[0]!.id,
    status: "draft",
    name: { en: "Zephyrine Draft", zh: "泽菲琳" },
  });
});

describe("findParks", () => {
  it("lists at most `limit` parks and counts every published one found", async () => {
    const { total, parks } = await findParks(query("zephyrine"), 12);
    expect(total).toBe(many);
    expect(parks).toHaveLength(12);
    expect(parks[0]).toMatchObject({
      name: { en: expect.stringMatching(/^Zephyrine/) },
      type: expect.any(String),
    });
  });

  it("finds by Chinese words as by English ones, and narrows by area, type and box", async () => {
    expect((await findParks(query("泽菲琳"), 100)).total).toBe(many);
    const inArea = await findParks(
      query("zephyrine", { area: areas[1]!.slug as never, type: "bonded-zone" }),
      100,
    );
    expect(inArea.parks.map((p) => [p.area, p.type])).toEqual(
      Array(inArea.total).fill([areas[1]!.slug, "bonded-zone"]),
    );
    const box = { west: 104.095, south: 30.095, east: 104.205, north: 30.205 };
    const inBox = await findParks(query("zephyrine", { box }), 100);
    // Parks 10 to 20 lie inside; 10 and 20 have no position.
    expect(inBox.parks.map((p) => p.name.en).sort()).toEqual(
      [11, 12, 13, 14, 15, 16, 17, 18, 19].map((i) => `Zephyrine Logistics Park ${i}`).sort(),
    );
  });

  it("finds nothing for words no park has", async () => {
    expect(await findParks(query("zephyrine qwxzvbn"), 12)).toEqual({ total: 0, parks: [] });
  });
});

describe("listParkPositions", () => {
  it("gives the position of every located park found, by area, as numbers only", async () => {
    const positions = await listParkPositions(query("zephyrine"));
    expect(Object.keys(positions).sort()).toEqual(areas.map((a) => a.slug).sort());
    expect(Object.values(positions).flat()).toHaveLength(many - many / 10);
    expect(positions[areas[0]!.slug]).toContainEqual([104.02, 30.02]);
  });
});
