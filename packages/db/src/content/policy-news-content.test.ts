import { beforeAll, describe, expect, it } from "vitest";
import { ZNewsEdit, ZPolicyEdit, type TContentCreate } from "@ig/domain";
import { db } from "../client.ts";
import { createArea, createPark, createProject, createStaffUser } from "../seed/factories.ts";
import { ContentConflictError, ContentInUseError, SlugTakenError } from "./content-errors.ts";
import { createContent } from "./create-content.ts";
import { deleteContent } from "./delete-content.ts";
import { getContentForEditing } from "./get-content-for-editing.ts";
import { listContentForStaff } from "./list-content-for-staff.ts";
import { publishContent } from "./publish-content.ts";
import { updateContent } from "./update-content.ts";

let actorId: string;
let areas: [string, string];
const unique = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

beforeAll(async () => {
  actorId = (await createStaffUser(db(), { role: "editor" })).id;
  areas = [(await createArea(db())).slug, (await createArea(db())).slug];
});

const auditOf = (entity: string, entityId: string) =>
  db().auditEntry.findMany({ where: { entity, entityId }, orderBy: { createdAt: "asc" } });

describe("parks and projects: create", () => {
  // Both belong to one area and an owner: Prisma refused the owner's id beside the area's connect.
  it("creates a draft park and a draft project, owned by their creator", async () => {
    const name = { en: "New test place", zh: "新测试地点" };
    const inputs: TContentCreate[] = [
      { kind: "park", slug: `park-${unique()}`, areas: [areas[0]], name, type: "bonded-zone" },
      { kind: "project", slug: `project-${unique()}`, areas: [areas[0]], name, stage: "opportunity" },
    ];
    for (const input of inputs) {
      await createContent({ actorId, input });
      const created = (await getContentForEditing(input.kind, input.slug))!;
      expect(created).toMatchObject({ status: "draft", version: 1, name });
      const where = { where: { slug: input.slug }, select: { ownerId: true } };
      const owner =
        input.kind === "park" ? await db().park.findUnique(where) : await db().project.findUnique(where);
      expect(owner).toEqual({ ownerId: actorId });
    }
  });
});

describe("policies: create, update, publish, delete", () => {
  it("creates a draft, saves an edit with its search text, publishes and deletes, every step audited", async () => {
    const slug = `policy-${unique()}`;
    const title = { en: "Bonded warehouse rebate", zh: "保税仓库返还" };
    const issuer = { en: "Test bureau", zh: "测试局" };
    const { id } = await createContent({
      actorId,
      input: { kind: "policy", slug, areas, title, category: "tax", issuer },
    });
    const created = (await getContentForEditing("policy", slug))!;
    expect(created).toMatchObject({ status: "draft", version: 1, title, category: "tax", issuer });
    expect(created.areas).toEqual([...areas].sort());

    const {
      slug: _s,
      version: _v,
      ...input
    } = ZPolicyEdit.parse({
      ...created,
      summary: { en: "Refunds for warehouses.", zh: "仓库退款。" },
      fullText: { en: "Article 1.", zh: "第一条。" },
      benefit: { en: "Up to 5% back", zh: "最高返还5%" },
      effectiveFrom: "2026-01-01",
      effectiveTo: "",
    });
    await updateContent({ kind: "policy", actorId, slug, version: 1, input });
    const row = await db().policy.findUniqueOrThrow({ where: { id } });
    expect(row.effectiveFrom?.toISOString().slice(0, 10)).toBe("2026-01-01");
    expect(row.searchText).toContain("rebate");
    expect(row.searchText).toContain("5");
    await expect(
      updateContent({ kind: "policy", actorId, slug, version: 1, input: { ...input, category: "land" } }),
    ).rejects.toBeInstanceOf(ContentConflictError);
    await publishContent({ kind: "policy", actorId, slug, version: 2 });
    expect((await listContentForStaff({ kind: "policy", area: areas[1] })).map((p) => p.slug)).toContain(
      slug,
    );

    await expect(deleteContent({ kind: "policy", actorId, slug, version: 2 })).rejects.toBeInstanceOf(
      ContentConflictError,
    );
    await deleteContent({ kind: "policy", actorId, slug, version: 3 });
    expect(await getContentForEditing("policy", slug)).toBeNull();
    const audit = (await auditOf("Policy", id)).map((e) => [
      e.actorId,
      e.action,
      Object.keys(e.changes as object).sort(),
    ]);
    expect(audit).toEqual([
      [actorId, "create", ["areas", "category", "issuer", "slug", "title"]],
      [actorId, "update", ["benefit", "effectiveFrom", "fullText", "summary"]],
      [actorId, "publish", ["status"]],
      [actorId, "delete", ["areas", "slug", "status", "title"]],
    ]);
    const [deleted] = (await auditOf("Policy", id)).filter((e) => e.action === "delete");
    expect(deleted!.changes).toMatchObject({
      title: { from: title, to: null },
      status: { from: "published" },
    });
  });

  it("refuses a taken slug and an unknown area, writing nothing", async () => {
    const slug = `policy-${unique()}`;
    const input = {
      kind: "policy",
      slug,
      areas,
      title: { en: "A", zh: "" },
      category: "tax",
      issuer: { en: "B", zh: "" },
    } as const;
    await createContent({ actorId, input });
    const before = await db().auditEntry.count({ where: { actorId } });
    await expect(createContent({ actorId, input })).rejects.toBeInstanceOf(SlugTakenError);
    await expect(
      createContent({ actorId, input: { ...input, slug: `policy-${unique()}`, areas: ["no-such-area"] } }),
    ).rejects.toThrow("no-such-area");
    expect(await db().auditEntry.count({ where: { actorId } })).toBe(before);
  });
});

describe("news items: create, update, publish, delete", () => {
  it("saves a news item's date and text, publishes it and deletes it", async () => {
    const slug = `news-${unique()}`;
    const title = { en: "Rail link opens", zh: "铁路开通" };
    const { id } = await createContent({
      actorId,
      input: { kind: "news", slug, areas: [areas[0]], title, publishedOn: "2026-11-20" },
    });
    const created = (await getContentForEditing("news", slug))!;
    expect(created).toMatchObject({ status: "draft", publishedOn: "2026-11-20", title });
    const {
      slug: _s,
      version: _v,
      ...input
    } = ZNewsEdit.parse({
      ...created,
      summary: { en: "Freight trains start.", zh: "货运列车开行。" },
      body: { en: "The first train left.", zh: "首列火车出发。" },
      publishedOn: "2026-11-21",
    });
    await updateContent({ kind: "news", actorId, slug, version: 1, input });
    await publishContent({ kind: "news", actorId, slug, version: 2 });
    expect(await getContentForEditing("news", slug)).toMatchObject({
      status: "published",
      publishedOn: "2026-11-21",
      version: 3,
    });
    await expect(publishContent({ kind: "news", actorId, slug, version: 2 })).rejects.toBeInstanceOf(
      ContentConflictError,
    );
    await deleteContent({ kind: "news", actorId, slug, version: 3 });
    expect(await db().newsItem.count({ where: { id } })).toBe(0);
    expect((await auditOf("NewsItem", id)).map((e) => e.action)).toEqual([
      "create",
      "update",
      "publish",
      "delete",
    ]);
  });
});

describe("deleteContent", () => {
  it("refuses to delete a park its projects link to, naming how many", async () => {
    const area = await createArea(db());
    const park = await createPark(db(), { areaId: area.id });
    await createProject(db(), { areaId: area.id, parkId: park.id });
    await createProject(db(), { areaId: area.id, parkId: park.id });
    const refused = await deleteContent({ kind: "park", actorId, slug: park.slug, version: 1 }).catch(
      (e) => e,
    );
    expect(refused).toBeInstanceOf(ContentInUseError);
    expect((refused as ContentInUseError).uses).toEqual({ projects: 2, enquiries: 0 });
    expect(await db().park.count({ where: { id: park.id } })).toBe(1);
    expect(await auditOf("Park", park.id)).toHaveLength(0);
  });
});
