import { beforeAll, describe, expect, it } from "vitest";
import { ZNewsEdit, ZParkEdit, ZPolicyEdit, ZProjectEdit, type EditableKind } from "@ig/domain";
import { db } from "../client.ts";
import { getPark } from "../parks/get-park.ts";
import { getProject } from "../projects/get-project.ts";
import {
  createArea,
  createIndustry,
  createPark,
  createPolicy,
  createProject,
  createSource,
} from "../seed/factories.ts";
import { ContentLinkError } from "./content-errors.ts";
import { createContent } from "./create-content.ts";
import { getContentForEditing } from "./get-content-for-editing.ts";
import { updateContent } from "./update-content.ts";

const unique = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
const text = (en: string) => ({ en, zh: `${en}（中文）` });
let actorId: string;
let home: { id: string; slug: string };
let other: { id: string; slug: string };
let industry: { slug: string };
let source: { id: string };

beforeAll(async () => {
  const email = `fields.${unique()}@test.invalid`;
  actorId = (await db().staffUser.create({ data: { email, name: "F", passwordHash: "-", role: "editor" } }))
    .id;
  [home, other] = [await createArea(db()), await createArea(db())];
  industry = await createIndustry(db(), { name: text("Hydrogen") });
  source = await createSource(db());
});

/** Creates a draft of `kind` through createContent and answers its edit fields, parsed as staff send them. */
async function draft(kind: EditableKind, extra: Record<string, unknown>) {
  const slug = `${kind}-${unique()}`;
  const name = kind === "policy" || kind === "news" ? { title: text("New") } : { name: text("New") };
  await createContent({
    actorId,
    input: { kind, slug, areas: [home.slug], ...name, ...extra } as never,
  });
  return (await getContentForEditing(kind, slug))!;
}

const texts = { summary: text("Summary"), description: text("Description") };
const auditCount = () => db().auditEntry.count({ where: { actorId } });

describe("every field of every kind is saved", () => {
  it("a park: area, type, texts, industries, address, position, size, transport, contact, policies, source", async () => {
    const policy = await createPolicy(db(), { areaIds: [home.id] });
    const park = await draft("park", { type: "bonded-zone" });
    const edit = ZParkEdit.parse({
      ...park,
      type: "logistics-hub",
      summary: text("Summary"),
      description: text("Description"),
      industries: [industry.slug],
      address: text("1 Port Road"),
      lat: "30.5",
      lng: "104.1",
      locationApproximate: "",
      sizeValue: "250",
      sizeUnit: "ha",
      sizeSourceId: source.id,
      transport: {
        rail: { en: "Freight station", zh: "货运站", distanceKm: "3.5" },
        air: { en: "", zh: "" },
        water: { en: "Yangtze port", zh: "长江港口", distanceKm: "" },
      },
      contactName: text("Investment office"),
      contactPhone: "+86 28 1234 5678",
      contactEmail: "invest@example.cn",
      contactWechat: "tianfu_invest",
      contactHours: text("Mon–Fri 9:00–17:30"),
      policies: [policy.slug],
      sourceId: source.id,
    });
    const { slug, version, ...input } = edit;
    await updateContent({ kind: "park", actorId, slug, version, input });
    const saved = await getContentForEditing("park", slug);
    expect(ZParkEdit.parse(saved)).toEqual({ ...edit, version: version + 1 });
    expect(saved).toMatchObject({
      transport: [
        { mode: "rail", text: { en: "Freight station", zh: "货运站" }, distanceKm: 3.5 },
        { mode: "water", text: { en: "Yangtze port", zh: "长江港口" }, distanceKm: null },
      ],
      locationApproximate: false,
      policies: [policy.slug],
    });
    const row = await db().park.findUniqueOrThrow({ where: { slug } });
    expect(row.sizeSqKm).toBe(2.5);
    expect(row.searchText).toContain("hydrogen");
    await db().park.update({ where: { slug }, data: { status: "published" } });
    await db().policy.update({ where: { id: policy.id }, data: { status: "published" } });
    const page = (await getPark(slug))!;
    expect(page.contact).toEqual({
      name: text("Investment office"),
      phone: "+86 28 1234 5678",
      email: "invest@example.cn",
      wechat: "tianfu_invest",
      hours: text("Mon–Fri 9:00–17:30"),
    });
    expect(page.size).toMatchObject({ value: 250, unit: "ha", source: { title: { en: "Test source" } } });
    expect(page.policies.map((p) => p.slug)).toEqual([policy.slug]);
  });

  it("a project: park of its area, industries, investor, country, amount, stage, dates, source", async () => {
    const park = await createPark(db(), { areaId: home.id });
    const project = await draft("project", { stage: "opportunity" });
    const edit = ZProjectEdit.parse({
      ...project,
      park: park.slug,
      summary: text("Summary"),
      description: text("Description"),
      industries: [industry.slug],
      investor: text("Acme Energy"),
      partnerCountry: "DE",
      amount: "1200000000",
      currency: "CNY",
      stage: "under-construction",
      signedOn: "2025-03-01",
      startedOn: "2025-09-01",
      completedOn: "",
      sourceId: source.id,
    });
    const { slug, version, ...input } = edit;
    await updateContent({ kind: "project", actorId, slug, version, input });
    expect(ZProjectEdit.parse(await getContentForEditing("project", slug))).toEqual({
      ...edit,
      version: version + 1,
    });
    const row = await db().project.findUniqueOrThrow({ where: { slug } });
    expect(row.parkId).toBe(park.id);
    expect(row.searchText).toContain("acme");
    await db().project.update({ where: { slug }, data: { status: "published" } });
    expect(await getProject(slug)).toMatchObject({ startedOn: "2025-09-01", park: { slug: park.slug } });
  });

  it("a policy: areas, parks, industries, dates, official link, source", async () => {
    const park = await createPark(db(), { areaId: home.id });
    const policy = await draft("policy", { category: "tax", issuer: text("Bureau") });
    const edit = ZPolicyEdit.parse({
      ...policy,
      summary: text("Summary"),
      fullText: text("Article 1"),
      parks: [park.slug],
      industries: [industry.slug],
      effectiveFrom: "2026-01-01",
      effectiveTo: "2027-12-31",
      documentNumber: "TF-2026-1",
      officialUrl: "https://www.example.gov.cn/policy/1",
      sourceId: source.id,
    });
    const { slug, version, ...input } = edit;
    await updateContent({ kind: "policy", actorId, slug, version, input });
    expect(ZPolicyEdit.parse(await getContentForEditing("policy", slug))).toEqual({
      ...edit,
      version: version + 1,
    });
  });

  it("a news item: areas, date, source, parks and projects", async () => {
    const park = await createPark(db(), { areaId: other.id });
    const project = await createProject(db(), { areaId: other.id });
    const news = await draft("news", { publishedOn: "2026-11-01" });
    const edit = ZNewsEdit.parse({
      ...news,
      areas: [home.slug, other.slug],
      summary: text("Summary"),
      body: text("Body"),
      parks: [park.slug],
      projects: [project.slug],
      sourceId: source.id,
    });
    const { slug, version, ...input } = edit;
    await updateContent({ kind: "news", actorId, slug, version, input });
    expect(ZNewsEdit.parse(await getContentForEditing("news", slug))).toEqual({
      ...edit,
      version: version + 1,
    });
  });
});

describe("links are checked on the server", () => {
  it("refuses unknown records and parks, projects or policies of another area, writing nothing", async () => {
    const foreignPark = await createPark(db(), { areaId: other.id });
    const foreignPolicy = await createPolicy(db(), { areaIds: [other.id] });
    const park = await draft("park", { type: "bonded-zone" });
    const project = await draft("project", { stage: "opportunity" });
    const policy = await draft("policy", { category: "tax", issuer: text("Bureau") });
    const { slug: parkSlug, version: parkVersion, ...parkInput } = ZParkEdit.parse({ ...park, ...texts });
    const {
      slug: projectSlug,
      version: projectVersion,
      ...projectInput
    } = ZProjectEdit.parse({ ...project, ...texts });
    const {
      slug: policySlug,
      version: policyVersion,
      ...policyInput
    } = ZPolicyEdit.parse({ ...policy, ...texts, fullText: text("Full") });
    const refused = [
      () =>
        updateContent({
          kind: "park",
          actorId,
          slug: parkSlug,
          version: parkVersion,
          input: { ...parkInput, industries: ["no-such-industry"] },
        }),
      () =>
        updateContent({
          kind: "park",
          actorId,
          slug: parkSlug,
          version: parkVersion,
          input: { ...parkInput, policies: [foreignPolicy.slug] },
        }),
      () =>
        updateContent({
          kind: "park",
          actorId,
          slug: parkSlug,
          version: parkVersion,
          input: { ...parkInput, areas: ["no-such-area"] },
        }),
      () =>
        updateContent({
          kind: "park",
          actorId,
          slug: parkSlug,
          version: parkVersion,
          input: { ...parkInput, sourceId: "c".repeat(25) },
        }),
      () =>
        updateContent({
          kind: "project",
          actorId,
          slug: projectSlug,
          version: projectVersion,
          input: { ...projectInput, park: foreignPark.slug },
        }),
      () =>
        updateContent({
          kind: "project",
          actorId,
          slug: projectSlug,
          version: projectVersion,
          input: { ...projectInput, park: "no-such-park" },
        }),
      () =>
        updateContent({
          kind: "policy",
          actorId,
          slug: policySlug,
          version: policyVersion,
          input: { ...policyInput, parks: [foreignPark.slug] },
        }),
    ];
    const before = await auditCount();
    for (const update of refused) await expect(update()).rejects.toBeInstanceOf(ContentLinkError);
    expect(await auditCount()).toBe(before);
    expect(await getContentForEditing("park", parkSlug)).toMatchObject({
      version: 1,
      industries: [],
      policies: [],
    });
    expect(await getContentForEditing("project", projectSlug)).toMatchObject({ version: 1, park: null });
  });
});

describe("a park's page lists only the policies linked to it", () => {
  it("leaves out a policy of the park's area that names other parks", async () => {
    const park = await createPark(db(), { areaId: home.id });
    const elsewhere = await createPark(db(), { areaId: home.id });
    const linked = await createPolicy(db(), { areaIds: [home.id], parkIds: [park.id] });
    await createPolicy(db(), { areaIds: [home.id], parkIds: [elsewhere.id] });
    await createPolicy(db(), { areaIds: [home.id] });
    expect((await getPark(park.slug))!.policies.map((p) => p.slug)).toEqual([linked.slug]);
  });
});
