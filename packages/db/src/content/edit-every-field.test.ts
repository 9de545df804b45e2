import { beforeAll, describe, expect, it } from "vitest";
import {
  newSourcesSchema,
  parkKind,
  ZNewsEdit,
  ZParkEdit,
  ZPolicyEdit,
  ZProjectEdit,
  type EditableKind,
} from "@ig/domain";
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
import { listContentForStaff } from "./list-content-for-staff.ts";
import { listContentOwners } from "./list-content-owners.ts";
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
  // The creator owns a new draft: an administrator may own a record of any area.
  actorId = (await db().staffUser.create({ data: { email, name: "F", passwordHash: "-", role: "admin" } }))
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

/** A staff account of `role` editing `areaIds`, active unless told otherwise. */
async function staff(role: string, areaIds: string[], active = true) {
  const email = `owner.${unique()}@test.invalid`;
  const name = `Owner ${unique()}`;
  const areas = { connect: areaIds.map((id) => ({ id })) };
  return db().staffUser.create({ data: { email, name, passwordHash: "-", role, active, areas } });
}

/** A park draft of `home` as staff send it back unchanged (slug, version and every edit field). */
async function parkEdit() {
  return ZParkEdit.parse({ ...(await draft("park", { type: "bonded-zone" })), ...texts });
}

describe("a record's owner", () => {
  it("is set to an editor of the record's area, audited, shown to staff and never on the public page", async () => {
    const owner = await staff("editor", [home.id]);
    const { slug, version, ...input } = await parkEdit();
    await updateContent({ kind: "park", actorId, slug, version, input: { ...input, ownerId: owner.id } });
    const saved = (await getContentForEditing("park", slug))!;
    expect(saved.ownerId).toBe(owner.id);
    const audit = await db().auditEntry.findFirstOrThrow({
      where: { entity: "Park", entityId: saved.id, action: "update" },
    });
    expect(audit.changes).toMatchObject({ ownerId: { from: actorId, to: owner.id } });
    const row = (await listContentForStaff({ kind: "park", area: home.slug })).find((r) => r.slug === slug);
    expect(row?.owner).toBe(owner.name);
    await db().park.update({ where: { slug }, data: { status: "published" } });
    const page = JSON.stringify(await getPark(slug));
    expect(page).not.toContain(owner.id);
    expect(page).not.toContain(owner.name);
  });

  it("is offered from the active administrators and editors of every area of the record, and the current owner", async () => {
    const [editor, outsider, viewer, gone, admin] = [
      await staff("editor", [home.id]),
      await staff("editor", [other.id]),
      await staff("viewer", [home.id]),
      await staff("editor", [home.id], false),
      await staff("admin", []),
    ];
    const ids = (await listContentOwners({ areas: [home.slug], current: gone.id })).map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining([editor.id, admin.id, gone.id]));
    expect(ids).not.toContain(outsider.id);
    expect(ids).not.toContain(viewer.id);
    const both = (await listContentOwners({ areas: [home.slug, other.slug], current: null })).map(
      (o) => o.id,
    );
    expect(both).toContain(admin.id);
    expect(both).not.toContain(editor.id);
  });

  it("refuses an unknown, deactivated or read-only account, an editor of another area, and a move away from the owner's area: nothing written", async () => {
    const [outsider, viewer, gone, editor] = [
      await staff("editor", [other.id]),
      await staff("viewer", [home.id]),
      await staff("editor", [home.id], false),
      await staff("editor", [home.id]),
    ];
    const { slug, version, ...input } = await parkEdit();
    const policy = ZPolicyEdit.parse({
      ...(await draft("policy", { category: "tax", issuer: text("Bureau") })),
      ...texts,
      fullText: text("Full"),
    });
    const { slug: policySlug, version: policyVersion, ...policyInput } = policy;
    const save =
      (ownerId: string, areas = input.areas) =>
      () =>
        updateContent({ kind: "park", actorId, slug, version, input: { ...input, areas, ownerId } });
    const refused = [
      save("c".repeat(25)),
      save(outsider.id),
      save(viewer.id),
      save(gone.id),
      save(editor.id, [other.slug]),
      // A policy of both areas: an editor of one of them may not own it.
      () =>
        updateContent({
          kind: "policy",
          actorId,
          slug: policySlug,
          version: policyVersion,
          input: { ...policyInput, areas: [home.slug, other.slug], ownerId: editor.id },
        }),
    ];
    const before = await auditCount();
    for (const update of refused) {
      const error = await update().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ContentLinkError);
      expect((error as ContentLinkError).field).toBe("ownerId");
    }
    expect(await auditCount()).toBe(before);
    expect(await getContentForEditing("park", slug)).toMatchObject({
      version,
      ownerId: actorId,
      areas: [home.slug],
    });
    expect(await getContentForEditing("policy", policySlug)).toMatchObject({
      version: policyVersion,
      ownerId: actorId,
    });
  });
});

describe("a new source typed into the form", () => {
  const typed = {
    title: text("Tianfu annual report 2026"),
    publisher: text("Tianfu New Area administrative committee"),
    publishedOn: "2026-03-15",
    url: "https://example.cn/report-2026",
  };

  it("is created with the save, audited, cited in place of the chosen one and linked from the public page", async () => {
    const { slug, version, ...input } = await parkEdit();
    await updateContent({
      kind: "park",
      actorId,
      slug,
      version,
      input: { ...input, sourceId: source.id },
      newSources: { sourceId: typed },
    });
    const saved = (await getContentForEditing("park", slug))!;
    expect(saved.sourceId).not.toBe(source.id);
    const created = await db().source.findUniqueOrThrow({ where: { id: saved.sourceId! } });
    expect(created).toMatchObject({ title: typed.title, publisher: typed.publisher, url: typed.url });
    expect(created.publishedOn.toISOString().slice(0, 10)).toBe("2026-03-15");
    const audit = await db().auditEntry.findFirstOrThrow({
      where: { actorId, entity: "Park", entityId: saved.id, action: "update" },
    });
    expect(audit.changes).toMatchObject({
      sourceId: { from: null, to: created.id },
      "newSource.sourceId": { from: null, to: { id: created.id, url: typed.url, title: typed.title } },
    });
    await db().park.update({ where: { slug }, data: { status: "published" } });
    expect((await getPark(slug))!.source).toMatchObject({ title: typed.title, url: typed.url });
  });

  it("is not created when the save is refused (a bad link or a stale version)", async () => {
    const { slug, version, ...input } = await parkEdit();
    const sources = await db().source.count();
    const before = await auditCount();
    const save = (changes: object, at = version) =>
      updateContent({
        kind: "park",
        actorId,
        slug,
        version: at,
        input: { ...input, ...changes },
        newSources: { sizeSourceId: typed },
      });
    await expect(save({ industries: ["no-such-industry"] })).rejects.toBeInstanceOf(ContentLinkError);
    await expect(save({}, version + 5)).rejects.toThrow(/changed this record/);
    expect(await db().source.count()).toBe(sources);
    expect(await auditCount()).toBe(before);
  });

  it("is parsed from the form: blank is none, http(s) only, a day, English title, and only the kind's source fields", () => {
    const schema = newSourcesSchema(parkKind.form);
    const form = (fields: object) => ({
      sourceId: {
        title: { en: "Report", zh: "报告" },
        publisher: { en: "", zh: "" },
        publishedOn: "2026-03-15",
        url: "",
        ...fields,
      },
    });
    expect(schema.parse(form({}))).toEqual({
      sourceId: {
        title: { en: "Report", zh: "报告" },
        publisher: null,
        publishedOn: "2026-03-15",
        url: null,
      },
    });
    const blank = { title: { en: " ", zh: "" }, publisher: { en: "", zh: "" }, publishedOn: "", url: "" };
    expect(schema.parse({ sourceId: blank, sizeSourceId: blank })).toEqual({});
    expect(schema.parse(undefined)).toEqual({});
    for (const bad of [
      form({ url: "javascript:alert(1)" }),
      form({ url: "ftp://example.cn/x" }),
      form({ publishedOn: "15/03/2026" }),
      form({ title: { en: "", zh: "报告" } }),
      { policies: form({}).sourceId },
    ])
      expect(schema.safeParse(bad).success).toBe(false);
  });
});
