import { beforeAll, describe, expect, it } from "vitest";
import { ZProjectEdit } from "@ig/domain";
import { db } from "../client.ts";
import { ContentConflictError } from "./content-errors.ts";
import { getContentForEditing } from "./get-content-for-editing.ts";
import { listContentForStaff } from "./list-content-for-staff.ts";
import { publishContent } from "./publish-content.ts";
import { updateContent } from "./update-content.ts";
import { createArea, createProject, createStaffUser } from "../seed/factories.ts";

const kind = "project";
const getProjectForEditing = (slug: string) => getContentForEditing(kind, slug);
const updateProject = (options: Omit<Parameters<typeof updateContent<typeof kind>>[0], "kind">) =>
  updateContent({ kind, ...options });
const publishProject = (options: Omit<Parameters<typeof publishContent>[0], "kind">) =>
  publishContent({ kind, ...options });

let actorId: string;
let areaId: string;
let areaSlug: string;

beforeAll(async () => {
  const actor = await createStaffUser(db(), { role: "editor" });
  actorId = actor.id;
  const area = await createArea(db());
  areaId = area.id;
  areaSlug = area.slug;
});

const auditOf = (entityId: string) =>
  db().auditEntry.findMany({ where: { entity: "Project", entityId }, orderBy: { createdAt: "asc" } });

async function editable(stage = "signed") {
  const project = await createProject(db(), { areaId, stage, status: "draft" });
  const current = (await getProjectForEditing(project.slug))!;
  const { slug: _slug, version: _version, ...input } = ZProjectEdit.parse(current);
  return { project, current, input };
}

describe("updateProject", () => {
  it("writes the changed fields, bumps the version and audits who changed what from what to what", async () => {
    const { project, input } = await editable("signed");
    const { record, changes } = await updateProject({
      actorId,
      slug: project.slug,
      version: 1,
      input: { ...input, stage: "operating", name: { en: "Renamed plant", zh: "新名" } },
    });
    expect(record).toMatchObject({ stage: "operating", version: 2, name: { en: "Renamed plant" } });
    expect(Object.keys(changes).sort()).toEqual(["name", "stage"]);
    const [entry] = await auditOf(project.id);
    expect(entry).toMatchObject({ actorId, action: "update" });
    expect(entry!.changes).toMatchObject({ stage: { from: "signed", to: "operating" } });
    const row = await db().project.findUniqueOrThrow({ where: { id: project.id } });
    expect(row.searchText).toContain("renamed");
  });

  it("refuses a stale version with the current record and writes nothing", async () => {
    const { project, input } = await editable("signed");
    await updateProject({ actorId, slug: project.slug, version: 1, input: { ...input, stage: "operating" } });
    const stale = updateProject({
      actorId,
      slug: project.slug,
      version: 1,
      input: { ...input, stage: "opportunity" },
    });
    await expect(stale).rejects.toBeInstanceOf(ContentConflictError);
    const error = (await stale.catch((e: unknown) => e)) as ContentConflictError<{
      stage: string;
      version: number;
    }>;
    expect(error.current).toMatchObject({ stage: "operating", version: 2 });
    expect((await getProjectForEditing(project.slug))!.stage).toBe("operating");
    expect(await auditOf(project.id)).toHaveLength(1);
  });

  it("lets only one of two concurrent saves of the same version through", async () => {
    const { project, input } = await editable("signed");
    const results = await Promise.allSettled([
      updateProject({ actorId, slug: project.slug, version: 1, input: { ...input, stage: "operating" } }),
      updateProject({ actorId, slug: project.slug, version: 1, input: { ...input, stage: "opportunity" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected")[0]!.reason).toBeInstanceOf(ContentConflictError);
    expect(await auditOf(project.id)).toHaveLength(1);
  });

  it("writes nothing when nothing changed", async () => {
    const { project, input } = await editable();
    const { record } = await updateProject({ actorId, slug: project.slug, version: 1, input });
    expect(record.version).toBe(1);
    expect(await auditOf(project.id)).toHaveLength(0);
  });
});

describe("publishProject", () => {
  it("publishes and unpublishes, audited, and lists every status for staff", async () => {
    const { project } = await editable();
    await publishProject({ actorId, slug: project.slug, version: 1 });
    expect((await getProjectForEditing(project.slug))!.status).toBe("published");
    await publishProject({ actorId, slug: project.slug, version: 2, publish: false });
    expect(await getProjectForEditing(project.slug)).toMatchObject({ status: "draft", version: 3 });
    expect((await auditOf(project.id)).map((e) => [e.action, e.changes])).toEqual([
      ["publish", { status: { from: "draft", to: "published" } }],
      ["unpublish", { status: { from: "published", to: "draft" } }],
    ]);
    await expect(publishProject({ actorId, slug: project.slug, version: 2 })).rejects.toBeInstanceOf(
      ContentConflictError,
    );
    const listed = await listContentForStaff({ kind, area: areaSlug });
    expect(listed.map((p) => p.slug)).toContain(project.slug);
    expect(listed.every((p) => p.areas.map((a) => a.slug).join() === areaSlug)).toBe(true);
  });
});
