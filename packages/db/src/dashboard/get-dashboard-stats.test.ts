import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../client.ts";
import { createArea, createPark } from "../seed/factories.ts";
import { getDashboardStats } from "./get-dashboard-stats.ts";

const run = Math.random().toString(36).slice(2, 8);
const day = 86_400_000;
let areaId: string;

// Enquiries of an area of their own, so the scoped numbers are exact whatever other files wrote.
async function enquiry(
  country: string,
  industrySlug: string | null,
  daysAgo: number,
  status = "new",
  area = areaId,
) {
  await db().enquiry.create({
    data: {
      reference: `IG-DASH-${run}-${Math.random().toString(36).slice(2, 10)}`,
      name: "Dana",
      email: `dana.${run}@example.test`,
      company: "Dashboard GmbH",
      country,
      industrySlug,
      sizeBand: "1m-10m",
      message: "Counting enquiries for the dashboard.",
      language: "en",
      consentAt: new Date(),
      status,
      createdAt: new Date(Date.now() - daysAgo * day),
      areas: { connect: { id: area } },
    },
  });
}

beforeAll(async () => {
  areaId = (await createArea(db())).id;
  await enquiry("DE", "logistics", 0);
  await enquiry("DE", "logistics", 0, "closed");
  await enquiry("FR", null, 14);
  await enquiry("IT", "logistics", 14, "spam");
  await enquiry("ES", "biomedicine", 21 * 7);
  await enquiry("DE", null, 40 * 7); // older than the 26 weeks: counted by status, not per week
});

describe("getDashboardStats", () => {
  it("counts the enquiries of the reader's areas: per week (zero-filled), status, industry, country", async () => {
    const stats = await getDashboardStats({ areaIds: [areaId], topCountries: 2 });
    expect(stats.weekly).toHaveLength(26);
    const mondays = stats.weekly.map((w) => new Date(`${w.week}T00:00:00Z`));
    expect(mondays.every((d) => d.getUTCDay() === 1)).toBe(true);
    expect(mondays.slice(1).every((d, i) => d.getTime() - mondays[i]!.getTime() === 7 * day)).toBe(true);
    expect(stats.weekly.reduce((sum, w) => sum + w.count, 0)).toBe(5);
    expect(stats.weekly.at(-1)?.count).toBe(2);
    expect(stats.weekly.filter((w) => w.count === 0).length).toBeGreaterThanOrEqual(22);
    expect(stats.byStatus).toEqual([
      { status: "closed", count: 1 },
      { status: "new", count: 4 },
      { status: "spam", count: 1 },
    ]);
    expect(stats.byIndustry).toEqual([
      { industry: "logistics", count: 3 },
      { industry: null, count: 2 },
      { industry: "biomedicine", count: 1 },
    ]);
    expect(stats.byCountry).toEqual([
      { country: "DE", count: 3 },
      { country: "ES", count: 1 },
      { country: "other", count: 2 },
    ]);
  });

  it("sees every area for a reader of all, and counts content by kind, status and staleness", async () => {
    await createPark(db(), { areaId, status: "draft", lastVerifiedAt: null });
    await enquiry("PL", null, 1, "new", (await createArea(db())).id);
    const mine = await getDashboardStats({ areaIds: [areaId] });
    const all = await getDashboardStats({ areaIds: null });
    const total = (s: typeof all) => s.byStatus.reduce((sum, row) => sum + row.count, 0);
    expect(total(all)).toBeGreaterThan(total(mine));
    expect(all.content.map((row) => row.kind)).toEqual([
      "parks",
      "projects",
      "policies",
      "news",
      "figures",
      "industries",
    ]);
    const parks = all.content.find((row) => row.kind === "parks")!;
    expect(parks.draft).toBeGreaterThanOrEqual(1);
    expect(parks.stale).toBeGreaterThanOrEqual(1);
    expect(all.stale).toBe(all.content.reduce((sum, row) => sum + row.stale, 0));
  });
});
