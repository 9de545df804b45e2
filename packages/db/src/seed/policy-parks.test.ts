import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../client.ts";
import { loadSeedData } from "./load-seed-data.ts";
import { seedDatabase } from "./seed-database.ts";
import { readSourceTexts } from "./source-texts.ts";

const data = loadSeedData();

describe("policy–park links of the seed data", () => {
  beforeAll(() => seedDatabase());

  it("quotes, for every link, a sentence of the policy's or the park's source text", () => {
    const texts = readSourceTexts(data);
    const parkSource = new Map(data.parks.map((park) => [park.slug, park.source]));
    for (const policy of data.policies) {
      for (const link of policy.parks) {
        const quoted = [policy.source, parkSource.get(link.park)!].some((key) =>
          texts.get(key)!.includes(link.evidence.replace(/\s+/g, " ")),
        );
        expect(quoted, `${policy.slug} → ${link.park}: "${link.evidence}"`).toBe(true);
      }
    }
  });

  it("links each seeded park to the policies its texts name, not to every policy of its area", async () => {
    const linked = async (park: string) =>
      (
        await db().policy.findMany({
          where: { parks: { some: { slug: park } }, slug: { in: data.policies.map((p) => p.slug) } },
          select: { slug: true },
          orderBy: { slug: "asc" },
        })
      ).map((p) => p.slug);
    expect(await linked("guoyuan-port-international-logistics-hub")).toEqual([
      "china-europe-railway-express-chengdu-chongqing-joint-operation",
      "rail-sea-intermodal-single-bill-of-lading-pilot",
      "sichuan-chongqing-multimodal-transport-logistics-informatization-platform",
    ]);
    for (const ftz of ["china-sichuan-pilot-ftz-tianfu", "chongqing-pilot-ftz-liangjiang-area"]) {
      expect(await linked(ftz)).toEqual([
        "customs-bank-one-key-pass",
        "sichuan-chongqing-cross-regional-rules-system",
        "sichuan-chongqing-ftz-multi-platform-collaborative-innovation",
        "sichuan-chongqing-pilot-ftz-action-plan-2023-2025",
      ]);
    }
    // A cooperation park's text names no policy: it shows none rather than the area's 18.
    expect(await linked("china-israel-industrial-park-liangjiang")).toEqual([]);
    expect(await linked("tianfu-international-fund-town")).toEqual([]);
  });
});
