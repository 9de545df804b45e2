import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { areaSlugs, parkTypes, transportModes } from "./enums.ts";
import {
  spaceNeeds,
  startTimings,
  targetMarkets,
  type TSiteSelectionAnswers,
} from "./site-selection-answers.ts";
import { rankSites, siteWeights, type SiteCandidate } from "./site-selection-score.ts";

const today = "2026-11-30";
const noAnswers: TSiteSelectionAnswers = { modes: [], markets: [] };

function park(slug: string, fields: Partial<SiteCandidate> = {}): SiteCandidate {
  return {
    slug,
    area: "liangjiang",
    type: "industrial-park",
    industries: [],
    transportModes: [],
    projects: [],
    policies: [],
    ...fields,
  };
}

describe("rankSites", () => {
  it("ranks by the reasons the data gives, each worth its points", () => {
    const parks = [
      park("car-town", {
        industries: ["automobile"],
        transportModes: ["rail", "air"],
        projects: [
          { slug: "assembly-plant", industries: ["automobile"] },
          { slug: "bank", industries: ["finance"] },
        ],
        policies: [
          { slug: "car-subsidy", industries: ["automobile"], effectiveFrom: null, effectiveTo: null },
          { slug: "expired", industries: ["automobile"], effectiveFrom: null, effectiveTo: "2025-12-31" },
        ],
      }),
      park("air-hub", { type: "logistics-hub", transportModes: ["air"] }),
      park("quiet-park"),
    ];
    const { ranked, excluded } = rankSites(
      { ...noAnswers, industry: "automobile", need: "plant-land", modes: ["rail"] },
      parks,
      today,
    );
    expect(excluded).toEqual([]);
    expect(ranked.map((r) => r.park.slug)).toEqual(["car-town", "quiet-park", "air-hub"]);
    expect(ranked[0]!.reasons).toEqual([
      { kind: "industry", industry: "automobile" },
      { kind: "space", need: "plant-land" },
      { kind: "transport", mode: "rail" },
      { kind: "project", slug: "assembly-plant" },
      { kind: "policy", slug: "car-subsidy" },
    ]);
    const { industry, space, transport, project, policy } = siteWeights;
    expect(ranked[0]!.score).toBe(industry + space + transport + project + policy);
    expect(ranked[1]).toMatchObject({ score: space, reasons: [{ kind: "space" }] });
    expect(ranked[2]).toMatchObject({ score: 0, reasons: [] });
  });

  it("leaves out parks outside the chosen new area or unable to offer the space, and says why", () => {
    const parks = [
      park("tianfu-bonded", { area: "tianfu", type: "bonded-zone" }),
      park("guoyuan-bonded", { type: "bonded-zone" }),
      park("liangjiang-ftz", { type: "pilot-ftz" }),
      park("tianfu-finance", { area: "tianfu", type: "financial-centre" }),
    ];
    const { ranked, excluded } = rankSites(
      { ...noAnswers, need: "bonded-warehouse", area: "liangjiang" },
      parks,
      today,
    );
    expect(ranked.map((r) => r.park.slug)).toEqual(["guoyuan-bonded"]);
    expect(ranked[0]!.reasons).toEqual([
      { kind: "customs", type: "bonded-zone" },
      { kind: "space", need: "bonded-warehouse" },
    ]);
    expect(excluded.map((e) => [e.park.slug, e.because])).toEqual([
      ["tianfu-bonded", ["area"]],
      ["liangjiang-ftz", ["space"]],
      ["tianfu-finance", ["area", "space"]],
    ]);
  });

  it("leaves out an innovation platform for land for a plant, however well it matches otherwise", () => {
    // The case: new-energy lithium, land for a plant, rail to Europe. The technology
    // transfer centre matches the industry and the railway, but has no factory plots to offer.
    const parks = [
      park("tianfu-international-technology-transfer-center", {
        area: "tianfu",
        type: "innovation-zone",
        industries: ["new-energy-lithium"],
        transportModes: ["rail"],
      }),
      park("china-germany-industrial-park-liangjiang", { type: "cooperation-park" }),
      park("liangjiang-digital-economic-industrial-park", { transportModes: ["rail"] }),
    ];
    const answers: TSiteSelectionAnswers = {
      ...noAnswers,
      industry: "new-energy-lithium",
      need: "plant-land",
      modes: ["rail"],
      markets: ["europe"],
    };
    const { ranked, excluded } = rankSites(answers, parks, today);
    expect(ranked.map((r) => r.park.slug)).toEqual([
      "liangjiang-digital-economic-industrial-park",
      "china-germany-industrial-park-liangjiang",
    ]);
    expect(excluded).toEqual([{ park: parks[0], because: ["space"] }]);
  });

  it("offers each space only in the park types that can hold it", () => {
    // The verdict for every need and park type: "suits" scores, "cannot" leaves the park out.
    const verdicts: Record<(typeof spaceNeeds)[number], Record<(typeof parkTypes)[number], string>> = {
      "plant-land": {
        "bonded-zone": "may",
        "pilot-ftz": "may",
        "cooperation-park": "suits",
        "innovation-zone": "cannot",
        "industrial-park": "suits",
        "logistics-hub": "may",
        "financial-centre": "cannot",
        "exhibition-city": "cannot",
      },
      office: {
        "bonded-zone": "cannot",
        "pilot-ftz": "suits",
        "cooperation-park": "may",
        "innovation-zone": "may",
        "industrial-park": "may",
        "logistics-hub": "may",
        "financial-centre": "suits",
        "exhibition-city": "may",
      },
      "bonded-warehouse": {
        "bonded-zone": "suits",
        "pilot-ftz": "cannot",
        "cooperation-park": "cannot",
        "innovation-zone": "cannot",
        "industrial-park": "cannot",
        "logistics-hub": "cannot",
        "financial-centre": "cannot",
        "exhibition-city": "cannot",
      },
      "rd-space": {
        "bonded-zone": "cannot",
        "pilot-ftz": "may",
        "cooperation-park": "may",
        "innovation-zone": "suits",
        "industrial-park": "may",
        "logistics-hub": "cannot",
        "financial-centre": "may",
        "exhibition-city": "cannot",
      },
    };
    const parks = parkTypes.map((type) => park(type, { type }));
    for (const need of spaceNeeds) {
      const { ranked, excluded } = rankSites({ ...noAnswers, need, markets: ["china"] }, parks, today);
      const found = Object.fromEntries([
        ...ranked.map((r) => [
          r.park.type,
          r.reasons.some((reason) => reason.kind === "space") ? "suits" : "may",
        ]),
        ...excluded.map((e) => [e.park.type, "cannot"]),
      ]);
      expect(found, need).toEqual(verdicts[need]);
    }
  });

  it("counts bonded or FTZ status for investors who sell abroad, not for the home market alone", () => {
    const ftz = [park("ftz", { type: "pilot-ftz" })];
    expect(rankSites({ ...noAnswers, markets: ["china"] }, ftz, today).ranked[0]!.score).toBe(0);
    expect(rankSites({ ...noAnswers, markets: ["china", "asean"] }, ftz, today).ranked[0]!.score).toBe(
      siteWeights.customs,
    );
  });

  it("counts only policies still in force when the investor plans to start, and at most four", () => {
    const policy = (slug: string, effectiveTo: string | null) => ({
      slug,
      industries: ["finance"],
      effectiveFrom: null,
      effectiveTo,
    });
    const candidate = park("fund-town", {
      policies: [
        policy("ends-soon", "2027-03-31"),
        policy("open-ended", null),
        policy("long", "2030-12-31"),
        policy("a", null),
        policy("b", null),
      ],
    });
    const slugs = (timing: TSiteSelectionAnswers["timing"]) =>
      rankSites({ ...noAnswers, industry: "finance", timing }, [candidate], today)
        .ranked[0]!.reasons.filter((r) => r.kind === "policy")
        .map((r) => (r.kind === "policy" ? r.slug : ""));
    expect(slugs("within-6-months")).toEqual(["ends-soon", "open-ended", "long", "a"]);
    expect(slugs("6-24-months")).toEqual(["open-ended", "long", "a", "b"]);
  });

  it("breaks ties by slug, so the same answers always give the same order", () => {
    const parks = [park("b"), park("c"), park("a")];
    expect(rankSites(noAnswers, parks, today).ranked.map((r) => r.park.slug)).toEqual(["a", "b", "c"]);
  });
});

// Property tests over generated parks and answers, from the small vocabularies the data uses.
const industrySlugs = ["automobile", "finance", "biomedicine", "modern-logistics"] as const;
const industryArb = fc.constantFrom(...industrySlugs);
const candidateArb = fc.record({
  area: fc.constantFrom(...areaSlugs),
  type: fc.constantFrom(...parkTypes),
  industries: fc.uniqueArray(industryArb, { maxLength: 3 }),
  transportModes: fc.uniqueArray(fc.constantFrom(...transportModes)),
  projects: fc.array(
    fc.record({ slug: fc.constantFrom("p1", "p2", "p3", "p4"), industries: fc.uniqueArray(industryArb) }),
    { maxLength: 5 },
  ),
  policies: fc.array(
    fc.record({
      slug: fc.constantFrom("q1", "q2", "q3", "q4", "q5"),
      industries: fc.uniqueArray(industryArb),
      effectiveFrom: fc.constant(null),
      effectiveTo: fc.option(fc.constantFrom("2026-01-01", "2027-06-30", "2030-12-31")),
    }),
    { maxLength: 6 },
  ),
});
const parksArb = fc
  .array(candidateArb, { minLength: 1, maxLength: 12 })
  .map((parks) => parks.map((p, i) => ({ ...p, slug: `park-${i}` })));
const answersArb: fc.Arbitrary<TSiteSelectionAnswers> = fc.record({
  industry: fc.option(industryArb, { nil: undefined }),
  need: fc.option(fc.constantFrom(...spaceNeeds), { nil: undefined }),
  modes: fc.uniqueArray(fc.constantFrom(...transportModes)),
  markets: fc.uniqueArray(fc.constantFrom(...targetMarkets)),
  timing: fc.option(fc.constantFrom(...startTimings), { nil: undefined }),
  area: fc.option(fc.constantFrom(...areaSlugs), { nil: undefined }),
});

describe("rankSites properties", () => {
  it("never lowers a park's rank when the park gains the investor's industry", () => {
    fc.assert(
      fc.property(answersArb, industryArb, parksArb, fc.nat(), (answers, industry, parks, pick) => {
        const asked = { ...answers, industry };
        const index = pick % parks.length;
        const before = rankSites(asked, parks, today);
        const grown = parks.map((p, i) =>
          i === index && !p.industries.includes(industry)
            ? { ...p, industries: [...p.industries, industry] }
            : p,
        );
        const after = rankSites(asked, grown, today);
        const rank = (ranking: typeof before) =>
          ranking.ranked.findIndex((r) => r.park.slug === `park-${index}`);
        expect(rank(after) === -1).toBe(rank(before) === -1);
        expect(rank(after)).toBeLessThanOrEqual(rank(before));
      }),
    );
  });

  it("never ranks a park that fails a hard requirement, and accounts for every park once", () => {
    fc.assert(
      fc.property(answersArb, parksArb, (answers, parks) => {
        const { ranked, excluded } = rankSites(answers, parks, today);
        for (const { park } of ranked) {
          if (answers.area) expect(park.area).toBe(answers.area);
          if (answers.need === "bonded-warehouse") expect(park.type).toBe("bonded-zone");
        }
        const excludedSlugs = excluded.map((e) => e.park.slug);
        expect(ranked.some((r) => excludedSlugs.includes(r.park.slug))).toBe(false);
        expect([...ranked.map((r) => r.park.slug), ...excludedSlugs].sort()).toEqual(
          parks.map((p) => p.slug).sort(),
        );
        for (const { park, because } of excluded) {
          expect(because.length).toBeGreaterThan(0);
          if (because.includes("area")) expect(park.area).not.toBe(answers.area);
        }
      }),
    );
  });

  it("ranks best first, with every score the sum of its reasons' points", () => {
    fc.assert(
      fc.property(answersArb, parksArb, (answers, parks) => {
        const { ranked } = rankSites(answers, parks, today);
        ranked.forEach((entry, i) => {
          expect(entry.score).toBe(entry.reasons.reduce((sum, r) => sum + siteWeights[r.kind], 0));
          if (i > 0) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(entry.score);
        });
      }),
    );
  });
});
