// Seed factories: the seed loader, the db tests and the e2e suite create their records through
// these, so all get the same defaults and the same derived columns (search text, password hash).
import { formatReference } from "@ig/domain";
import type { Prisma } from "../generated/prisma/client.ts";
import { openDb, type Db, type Tx } from "../client.ts";
import { contentSearchText } from "../content/content-search-text.ts";
import { hashPassword } from "../staff/password.ts";
import { demoPassword } from "./seed-demo-staff.ts";

type Text = { en: string; zh: string };
let counter = 0;
const next = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;
const text = (en: string, zh: string): Text => ({ en, zh });
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

type StaffInput = Partial<Omit<Prisma.StaffUserUncheckedCreateInput, "passwordHash">> & {
  /** Plain text, hashed like a real account's; the demo accounts' password when left out. */
  password?: string;
  /** The areas the account edits, by slug. */
  areas?: string[];
};

// argon2id costs tens of milliseconds: a run's accounts mostly share one password, so hash it once.
const hashes = new Map<string, Promise<string>>();

/**
 * A staff account (default: an active viewer of no area, with the demo password) written directly,
 * without the audit entry that the staff-facing `createStaffUser` of `staff/` adds: test data, not
 * an action of anyone. Returns the row without its hash.
 */
export async function createStaffUser(
  tx: Tx,
  { password = demoPassword, areas = [], ...data }: StaffInput = {},
) {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  const id = next("staff");
  return tx.staffUser.create({
    data: {
      email: `${id}@inland-gateway.test`,
      name: `Test staff ${id}`,
      role: "viewer",
      ...data,
      passwordHash: await hashes.get(password)!,
      areas: { connect: areas.map((slug) => ({ slug })) },
    },
  });
}

type EnquiryInput = Partial<Prisma.EnquiryUncheckedCreateInput> & {
  /** The areas it concerns, by slug (none: no staff editor sees it, only administrators). */
  areas?: string[];
};

/**
 * An enquiry (default: new, in English, from a German company) with its first status-history
 * entry, written directly: no outbox e-mails. Its reference is the next real one unless given.
 * `createdAt`/`updatedAt` may be set to make it old or overdue.
 */
export async function createEnquiry(tx: Tx, { areas = [], ...data }: EnquiryInput = {}) {
  const status = data.status ?? "new";
  const [{ seq }] = await tx.$queryRaw<[{ seq: bigint }]>`SELECT nextval('enquiry_reference_seq') AS "seq"`;
  return tx.enquiry.create({
    data: {
      reference: formatReference(new Date().getUTCFullYear(), Number(seq)),
      name: "Test Investor",
      email: `${next("investor")}@example.test`,
      company: "Test Investor GmbH",
      country: "DE",
      sizeBand: "1m-10m",
      message: "An enquiry made by a test.",
      language: "en",
      consentAt: new Date(),
      ...data,
      status,
      areas: { connect: areas.map((slug) => ({ slug })) },
      history: { create: { fromStatus: null, toStatus: status } },
    },
  });
}

/**
 * A client of its own for a process whose DATABASE_URL is not the one to write to (the e2e suite
 * writes to its server's embedded PostgreSQL). Close it with `$disconnect()`.
 */
export const factoryDb = (url: string): Db => openDb(url);
