import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../client.ts";
import { searchTextOf } from "../search-text.ts";
import {
  createIndustry,
  createNewsItem,
  createPark,
  createPolicy,
  createProject,
} from "../seed/factories.ts";
import { seedDatabase } from "../seed/seed-database.ts";
import { refreshSearchWords } from "./refresh-search-words.ts";
import { searchContent, type SearchResults } from "./search-content.ts";

let tianfuId: string;
let liangjiangId: string;

beforeAll(async () => {
  await seedDatabase();
  tianfuId = (await db().area.findUniqueOrThrow({ where: { slug: "tianfu" } })).id;
  liangjiangId = (await db().area.findUniqueOrThrow({ where: { slug: "liangjiang" } })).id;
});

const slugsOf = (results: SearchResults, kind: string) =>
  results.groups.find((group) => group.kind === kind)?.hits.map((hit) => hit.slug) ?? [];
const search = (q: string, more: Partial<Parameters<typeof searchContent>[0]> = {}) =>
  searchContent({ q, limit: 50, ...more });
// Other test files share the database: each test searches for words only its own records have.
let serial = 0;
const uniqueWord = () => `zq${Date.now().toString(36)}x${(serial++).toString(36)}`;
const fullWidth = (text: string) =>
  text.toUpperCase().replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe("searchTextOf", () => {
  it("writes every locale normalised and Simplified, the Chinese cut into words, then synonym keys", () => {
    expect(searchTextOf({ en: "Bonded Logistics Center (Type B)", zh: "果園保稅物流中心（B型）" })).toBe(
      "bonded logistics center type b 果园 保税 物流 中心 保税物流中心 b 型 保税区 保税物流中心 保税 物流",
    );
  });
});

describe("searchContent on the seed data", () => {
  it.each(["lithium", "锂"])("finds the TIANQI Lithium project and the Tianfu parks for %s", async (q) => {
    const results = await search(q);
    expect(results.correctedQuery).toBeNull();
    expect(slugsOf(results, "projects")).toContain("tianqi-lithium-global-rd-center");
    expect(slugsOf(results, "parks")).toEqual(
      expect.arrayContaining([
        "tianfu-international-technology-transfer-center",
        "western-china-chengdu-science-city",
      ]),
    );
    const parks = results.groups.find((group) => group.kind === "parks")!.hits;
    expect(parks.every((park) => park.areas.join() === "tianfu")).toBe(true);
  });

  it.each(["bonded", "保税", "Bonded Logistics", "bonded logstics"])(
    "finds the bonded logistics centres of both areas for %s",
    async (q) => {
      const parks = slugsOf(await search(q), "parks");
      expect(parks).toEqual(
        expect.arrayContaining(["tianfu-bonded-logistics-center", "guoyuan-bonded-logistics-center"]),
      );
    },
  );

  it("completes or corrects unknown words only when no record has all the words as typed", async () => {
    expect((await search("bonded logstics")).correctedQuery).toBe("bonded logistics");
    expect((await search("Lithum")).correctedQuery).toBe("lithium");
    expect((await search("lith")).correctedQuery).toBe("lithium");
    expect((await search("bonded logistics")).correctedQuery).toBeNull();
    expect(await search("qwxzv")).toEqual(expect.objectContaining({ correctedQuery: null, total: 0 }));
  });
});

describe("searchContent", () => {
  it("never shows drafts, nor a park found only through a draft project", async () => {
    const word = uniqueWord();
    const text = { en: `${word} gateway`, zh: "测试" };
    const published = await createPark(db(), { areaId: tianfuId, name: text });
    const draftPark = await createPark(db(), { areaId: tianfuId, name: text, status: "draft" });
    const host = await createPark(db(), { areaId: tianfuId });
    await createProject(db(), { areaId: tianfuId, parkId: host.id, name: text, status: "draft" });
    await createPolicy(db(), { title: text, status: "draft" });
    await createNewsItem(db(), { title: text, status: "draft" });

    const results = await search(word);
    expect(results.total).toBe(1);
    expect(slugsOf(results, "parks")).toEqual([published.slug]);
    expect(slugsOf(results, "parks")).not.toContain(draftPark.slug);
  });

  it("finds a park through the projects it hosts, ranked below parks that match themselves", async () => {
    const word = uniqueWord();
    const direct = await createPark(db(), { areaId: tianfuId, name: { en: `${word} park`, zh: "测试园区" } });
    const host = await createPark(db(), { areaId: tianfuId });
    const project = await createProject(db(), {
      areaId: tianfuId,
      parkId: host.id,
      name: { en: `${word} ${word} plant`, zh: "测试项目" },
    });
    const results = await search(word);
    expect(slugsOf(results, "parks")).toEqual([direct.slug, host.slug]);
    expect(slugsOf(results, "projects")).toEqual([project.slug]);
  });

  it("counts facets: kinds within the chosen area, areas within the chosen kind", async () => {
    const word = uniqueWord();
    const text = { en: `${word} zone`, zh: "测试" };
    await createPark(db(), { areaId: tianfuId, name: text });
    await createPark(db(), { areaId: liangjiangId, name: text });
    await createProject(db(), { areaId: liangjiangId, name: text });
    await createPolicy(db(), { title: text, areaIds: [tianfuId, liangjiangId] });
    await createNewsItem(db(), { title: text });

    const all = await search(word);
    expect(all.facets.kinds).toEqual({ parks: 2, projects: 1, policies: 1, news: 1 });
    expect(all.facets.areas).toEqual({ tianfu: 2, liangjiang: 3 });
    expect(all.facets.anyArea).toBe(5);
    expect(all.total).toBe(5);

    const liangjiang = await search(word, { area: "liangjiang" });
    expect(liangjiang.facets.kinds).toEqual({ parks: 1, projects: 1, policies: 1 });
    expect(liangjiang.facets.areas).toEqual(all.facets.areas);
    expect(liangjiang.total).toBe(3);
    expect(liangjiang.groups.map((group) => group.kind)).toEqual(["parks", "projects", "policies"]);

    const policies = await search(word, { kind: "policies", area: "tianfu" });
    expect(policies.groups).toEqual([expect.objectContaining({ kind: "policies", count: 1 })]);
    expect(policies.facets.areas).toEqual({ tianfu: 1, liangjiang: 1 });
    expect(policies.facets.anyArea).toBe(1);
    expect(policies.unfiltered).toBe(5);
  });

  it("corrects words of content published since the last vocabulary refresh, once refreshed, and never from drafts", async () => {
    const park = await createPark(db(), {
      areaId: tianfuId,
      name: { en: "Quokkaville Harbour", zh: "测试" },
    });
    await createPark(db(), {
      areaId: tianfuId,
      name: { en: "Wombatopolis Dock", zh: "测试" },
      status: "draft",
    });
    await refreshSearchWords();
    const results = await search("quokaville");
    expect(results.correctedQuery).toBe("quokkaville");
    expect(slugsOf(results, "parks")).toEqual([park.slug]);
    expect(await search("wombatopoli")).toEqual(expect.objectContaining({ correctedQuery: null, total: 0 }));
  });

  it("returns at most `limit` hits per kind but counts them all", async () => {
    const word = uniqueWord();
    for (let i = 0; i < 3; i++)
      await createProject(db(), { areaId: tianfuId, name: { en: `${word} ${i}`, zh: "测试" } });
    const results = await search(word, { limit: 2 });
    expect(results.groups).toEqual([expect.objectContaining({ kind: "projects", count: 3 })]);
    expect(results.groups[0]!.hits).toHaveLength(2);
  });

  it("matches Chinese words inside longer ones, full-width letters and industry names", async () => {
    const industry = await createIndustry(db(), { name: { en: `${uniqueWord()} robotics`, zh: "机器人" } });
    const word = uniqueWord();
    // In Tianfu, like every seeded lithium park: the seed-data tests above may run after this one.
    const park = await createPark(db(), {
      areaId: tianfuId,
      name: { en: `${word} Base`, zh: "犇骉锂电池研发基地" },
      industryIds: [industry.id],
    });
    for (const q of ["犇骉 电池", "犇骉锂电池", fullWidth(word)]) {
      expect(slugsOf(await search(q), "parks"), q).toContain(park.slug);
    }
    expect(slugsOf(await search(`${word} robotics`), "parks")).toEqual([park.slug]);
    expect(slugsOf(await search(`${word} 机器人`), "parks")).toEqual([park.slug]);
  });

  it("ranks records with every term first, then those with most, and says when none has all", async () => {
    const [a, b, c] = [uniqueWord(), uniqueWord(), uniqueWord()];
    const text = (en: string) => ({ en, zh: "测试" });
    // The partial matches repeat their word, so ts_rank alone would put them first.
    const some = await createPark(db(), { areaId: tianfuId, name: text(`${a} ${a} ${a} ${b} ${b}`) });
    const one = await createPark(db(), { areaId: tianfuId, name: text(`${c} ${c} ${c} ${c}`) });
    const all = await createPark(db(), { areaId: tianfuId, name: text(`${a} ${b} ${c} batteries`) });
    const results = await search(`${c} ${b} ${a}`);
    expect(slugsOf(results, "parks")).toEqual([all.slug, some.slug, one.slug]);
    expect(results.partial).toBe(false);
    // English word forms match both ways; a word found nowhere leaves the others' hits, flagged.
    expect(slugsOf(await search(`${a} battery`), "parks")[0]).toBe(all.slug);
    const partial = await search(`${c} qqqxzzv`);
    expect(partial).toEqual(expect.objectContaining({ partial: true, correctedQuery: null }));
    expect(slugsOf(partial, "parks")).toEqual([one.slug, all.slug]);
  });

  it("reads Traditional Chinese as Simplified, in queries and in records", async () => {
    const word = uniqueWord();
    const park = await createPark(db(), { areaId: liangjiangId, name: { en: word, zh: "兩江鋰電池倉庫" } });
    for (const q of [`${word} 两江锂电池仓库`, `${word} 兩江`, `${word} lithium battery`]) {
      const results = await search(q);
      expect(slugsOf(results, "parks")[0], q).toBe(park.slug);
      expect(results.partial, q).toBe(false);
    }
  });

  it("highlights what the query and its synonyms name", async () => {
    expect((await search("自贸区 batteries")).marks).toEqual(
      expect.arrayContaining(["自由贸易试验区", "free trade zone", "ftz", "batteries"]),
    );
  });

  it("returns nothing for a query of punctuation only", async () => {
    expect(await search(" ,.!？ ")).toEqual(expect.objectContaining({ total: 0, unfiltered: 0, groups: [] }));
  });
});
