// Seed factories: the seed loader and the tests create every content record through these,
// so both get the same defaults and the same derived columns (search text).
import type { Prisma } from "../generated/prisma/client.ts";
import { db, type Tx } from "../client.ts";
import { contentSearchText } from "../content/content-search-text.ts";

type Text = { en: string; zh: string };
let counter = 0;
const next = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;
const text = (en: string, zh: string): Text => ({ en, zh });
/**
 * For scripts outside packages/db (e2e set-up): runs `build` with one transaction for the
 * factories, committed when it resolves, rolled back when it throws (up to 10 minutes).
 */
export function inFactoryTransaction<T>(build: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(build, { maxWait: 10_000, timeout: 600_000 });
}
export { disconnectDatabase } from "../client.ts";

const ids = (list?: string[]) => (list?.length ? { connect: list.map((id) => ({ id })) } : undefined);

export function createSource(tx: Tx, data: Partial<Prisma.SourceUncheckedCreateInput> = {}) {
  return tx.source.create({
    data: {
      key: next("src"),
      title: text("Test source", "测试来源"),
      publishedOn: new Date("2024-01-01"),
      ...data,
    },
  });
}

export function createArea(tx: Tx, data: Partial<Prisma.AreaUncheckedCreateInput> = {}) {
  return tx.area.create({
    data: {
      slug: next("area"),
      name: text("Test Area", "测试新区"),
      summary: text("A test area.", "测试新区简介。"),
      description: text("A test area.", "测试新区简介。"),
      status: "published",
      ...data,
    },
  });
}

export function createIndustry(tx: Tx, data: Partial<Prisma.IndustryUncheckedCreateInput> = {}) {
  return tx.industry.create({
    data: { slug: next("industry"), name: text("Test industry", "测试产业"), status: "published", ...data },
  });
}

type ParkInput = Partial<Prisma.ParkUncheckedCreateInput> & { areaId: string; industryIds?: string[] };

export async function createPark(tx: Tx, { industryIds, ...data }: ParkInput) {
  const name = (data.name as Text | undefined) ?? text("Test Park", "测试园区");
  const summary = (data.summary as Text | undefined) ?? text("A park for tests.", "用于测试的园区。");
  return tx.park.create({
    data: {
      slug: next("park"),
      type: "industrial-park",
      description: summary,
      status: "published",
      ...data,
      name,
      summary,
      searchText: await contentSearchText(tx, "park", { name, summary }, industryIds),
      industries: ids(industryIds),
    },
  });
}

export function createFigure(
  tx: Tx,
  data: Partial<Prisma.FigureUncheckedCreateInput> & { sourceId: string },
) {
  return tx.figure.create({
    data: {
      label: text("Test figure", "测试指标"),
      value: 1,
      unit: "count",
      period: text("2023", "2023年"),
      status: "published",
      ...data,
    },
  });
}

type ProjectInput = Partial<Prisma.ProjectUncheckedCreateInput> & { areaId: string; industryIds?: string[] };

export async function createProject(tx: Tx, { industryIds, ...data }: ProjectInput) {
  const name = (data.name as Text | undefined) ?? text("Test project", "测试项目");
  const summary = (data.summary as Text | undefined) ?? text("A project for tests.", "用于测试的项目。");
  return tx.project.create({
    data: {
      slug: next("project"),
      stage: "operating",
      description: summary,
      status: "published",
      ...data,
      name,
      summary,
      searchText: await contentSearchText(
        tx,
        "project",
        { name, summary, investor: data.investor },
        industryIds,
      ),
      industries: ids(industryIds),
    },
  });
}

type PolicyInput = Partial<Prisma.PolicyUncheckedCreateInput> & {
  areaIds?: string[];
  parkIds?: string[];
  industryIds?: string[];
};

export async function createPolicy(tx: Tx, { areaIds, parkIds, industryIds, ...data }: PolicyInput) {
  const title = (data.title as Text | undefined) ?? text("Test policy", "测试政策");
  const summary = (data.summary as Text | undefined) ?? text("A policy for tests.", "用于测试的政策。");
  return tx.policy.create({
    data: {
      slug: next("policy"),
      category: "customs-trade",
      fullText: summary,
      issuer: text("Test issuer", "测试发布机构"),
      status: "published",
      ...data,
      title,
      summary,
      searchText: await contentSearchText(
        tx,
        "policy",
        { title, summary, benefit: data.benefit },
        industryIds,
      ),
      areas: ids(areaIds),
      parks: ids(parkIds),
      industries: ids(industryIds),
    },
  });
}

type NewsInput = Partial<Prisma.NewsItemUncheckedCreateInput> & {
  areaIds?: string[];
  parkIds?: string[];
  projectIds?: string[];
};

export async function createNewsItem(tx: Tx, { areaIds, parkIds, projectIds, ...data }: NewsInput) {
  const title = (data.title as Text | undefined) ?? text("Test news", "测试新闻");
  const summary = (data.summary as Text | undefined) ?? text("News for tests.", "用于测试的新闻。");
  return tx.newsItem.create({
    data: {
      slug: next("news"),
      body: summary,
      publishedOn: new Date("2024-01-01"),
      status: "published",
      ...data,
      title,
      summary,
      searchText: await contentSearchText(tx, "news", { title, summary }),
      areas: ids(areaIds),
      parks: ids(parkIds),
      projects: ids(projectIds),
    },
  });
}
