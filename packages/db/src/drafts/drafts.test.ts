import { beforeAll, describe, expect, it } from "vitest";
import { ZProjectEdit, type StaffViewer } from "@ig/domain";
import { db } from "../client.ts";
import { ContentConflictError, ContentLinkError } from "../content/content-errors.ts";
import { getContentForEditing } from "../content/get-content-for-editing.ts";
import { updateContent } from "../content/update-content.ts";
import { getProject } from "../projects/get-project.ts";
import { createArea, createProject, createStaffUser } from "../seed/factories.ts";
import { createContentPreview } from "./create-content-preview.ts";
import { discardContentDraft } from "./discard-content-draft.ts";
import { getContentEditView } from "./get-content-edit-view.ts";
import { publishContentDraft } from "./publish-content-draft.ts";
import { renderContentPreview } from "./render-content-preview.ts";
import { saveContentDraft } from "./save-content-draft.ts";

const kind = "project";
let editor: StaffViewer;
let otherEditor: StaffViewer;
let viewer: StaffViewer;
let areaId: string;

async function staff(role: string, areas: { id: string; slug: string }[]): Promise<StaffViewer> {
  const user = await createStaffUser(db(), {
    role,
    name: `Draft ${role}`,
    areas: areas.map(({ slug }) => slug),
  });
  return { id: user.id, role: role as StaffViewer["role"], areas };
}

beforeAll(async () => {
  const area = await createArea(db());
  const other = await createArea(db());
  areaId = area.id;
  editor = await staff("editor", [{ id: area.id, slug: area.slug }]);
  otherEditor = await staff("editor", [{ id: other.id, slug: other.slug }]);
  viewer = await staff("viewer", []);
});

const auditOf = (entityId: string) =>
  db().auditEntry.findMany({ where: { entity: "Project", entityId }, orderBy: { createdAt: "asc" } });

/** A published project and its edit input as the form would send it unchanged. */
async function published() {
  const project = await createProject(db(), { areaId, stage: "signed", status: "published" });
  const current = (await getContentForEditing(kind, project.slug))!;
  const { slug, version, ...input } = ZProjectEdit.parse(current);
  return { id: project.id, slug, version, input };
}

const draftInput = (input: Awaited<ReturnType<typeof published>>["input"]) => ({
  ...input,
  stage: "operating" as const,
  summary: { en: "The draft summary.", zh: "草稿摘要。" },
});

describe("draft revisions of published records", () => {
  it("saving a draft leaves the public record as it is, is audited, and opens only for its editors", async () => {
    const { id, slug, version, input } = await published();
    const draft = await saveContentDraft({
      kind,
      actorId: editor.id,
      slug,
      version,
      revision: 0,
      input: draftInput(input),
    });
    expect(draft).toMatchObject({
      stage: "operating",
      version,
      revision: 1,
      draft: { author: { name: "Draft editor" } },
    });

    expect(await getProject(slug)).toMatchObject({ stage: "signed", summary: input.summary });
    expect(await getContentForEditing(kind, slug)).toMatchObject({ stage: "signed", version });
    expect((await auditOf(id)).map((e) => [e.actorId, e.action, e.changes])).toEqual([
      [
        editor.id,
        "save-draft",
        {
          summary: { from: input.summary, to: draftInput(input).summary },
          stage: { from: "signed", to: "operating" },
        },
      ],
    ]);
    expect(await getContentEditView(editor, kind, slug)).toMatchObject({
      stage: "operating",
      revision: 1,
      draftHidden: false,
    });
    for (const reader of [viewer, otherEditor]) {
      expect(await getContentEditView(reader, kind, slug)).toMatchObject({
        stage: "signed",
        revision: 0,
        draft: null,
        draftHidden: true,
      });
    }
  });

  it("publishing a draft applies it through the update path with its audit entry, and removes it", async () => {
    const { id, slug, version, input } = await published();
    await saveContentDraft({
      kind,
      actorId: editor.id,
      slug,
      version,
      revision: 0,
      input: draftInput(input),
    });
    const record = await publishContentDraft({ kind, actorId: editor.id, slug, revision: 1 });
    expect(record).toMatchObject({ stage: "operating", status: "published", version: version + 1 });
    expect(await getProject(slug)).toMatchObject({
      stage: "operating",
      summary: { en: "The draft summary." },
    });
    expect(await db().contentDraft.count({ where: { recordId: id } })).toBe(0);
    const audit = await auditOf(id);
    expect(audit.map((e) => e.action)).toEqual(["save-draft", "update"]);
    expect(audit[1]!.changes).toMatchObject({ stage: { from: "signed", to: "operating" } });
  });

  it("a save of the published record since the draft's base makes publishing the draft a conflict", async () => {
    const { slug, version, input } = await published();
    await saveContentDraft({
      kind,
      actorId: editor.id,
      slug,
      version,
      revision: 0,
      input: draftInput(input),
    });
    await updateContent({
      kind,
      actorId: otherEditor.id,
      slug,
      version,
      input: { ...input, stage: "opportunity" },
    });

    const publishing = publishContentDraft({ kind, actorId: editor.id, slug, revision: 1 });
    await expect(publishing).rejects.toBeInstanceOf(ContentConflictError);
    // The conflict shows the public record as it is now, with the version and draft to continue from.
    expect(
      ((await publishing.catch((e: ContentConflictError) => e)) as ContentConflictError).current,
    ).toMatchObject({
      stage: "opportunity",
      version: version + 1,
      revision: 1,
    });
    expect(await getProject(slug)).toMatchObject({ stage: "opportunity", summary: input.summary });
    expect(await getContentEditView(editor, kind, slug)).toMatchObject({
      stage: "operating",
      version,
      revision: 1,
    });
  });

  it("a draft saved by someone else in between is never overwritten: the second save is a conflict", async () => {
    const { slug, version, input } = await published();
    await saveContentDraft({
      kind,
      actorId: editor.id,
      slug,
      version,
      revision: 0,
      input: draftInput(input),
    });
    await expect(
      saveContentDraft({
        kind,
        actorId: editor.id,
        slug,
        version,
        revision: 0,
        input: { ...input, stage: "opportunity" },
      }),
    ).rejects.toBeInstanceOf(ContentConflictError);
    expect(await getContentEditView(editor, kind, slug)).toMatchObject({ stage: "operating", revision: 1 });
  });

  it("a draft record is not drafted: its edits save directly", async () => {
    const project = await createProject(db(), { areaId, stage: "signed", status: "draft" });
    const { slug, version, ...input } = ZProjectEdit.parse(await getContentForEditing(kind, project.slug));
    await expect(
      saveContentDraft({ kind, actorId: editor.id, slug, version, revision: 0, input }),
    ).rejects.toBeInstanceOf(ContentConflictError);
    expect(await db().contentDraft.count({ where: { recordId: project.id } })).toBe(0);
  });

  it("a draft linking an unknown park is refused, and a preview of it is never kept", async () => {
    const { id, slug, version, input } = await published();
    const linked = { ...input, park: "no-such-park" };
    await expect(
      saveContentDraft({ kind, actorId: editor.id, slug, version, revision: 0, input: linked }),
    ).rejects.toBeInstanceOf(ContentLinkError);
    await expect(
      createContentPreview({ kind, staffUserId: editor.id, slug, input: linked }),
    ).rejects.toBeInstanceOf(ContentLinkError);
    expect(await db().contentDraft.count({ where: { recordId: id } })).toBe(0);
    expect(await db().contentPreview.count({ where: { recordId: id } })).toBe(0);
  });

  it("discarding a draft removes it, is audited, and leaves the public record alone", async () => {
    const { id, slug, version, input } = await published();
    await saveContentDraft({
      kind,
      actorId: editor.id,
      slug,
      version,
      revision: 0,
      input: draftInput(input),
    });
    await expect(discardContentDraft({ kind, actorId: editor.id, slug, revision: 2 })).rejects.toBeInstanceOf(
      ContentConflictError,
    );
    await discardContentDraft({ kind, actorId: editor.id, slug, revision: 1 });
    expect(await getContentEditView(editor, kind, slug)).toMatchObject({
      stage: "signed",
      revision: 0,
      draft: null,
    });
    expect(await getProject(slug)).toMatchObject({ stage: "signed" });
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["save-draft", "discard-draft"]);
  });
});

describe("previews of unsaved values", () => {
  it("render the public page with the values, to their author only, and save nothing", async () => {
    const { id, slug, version, input } = await published();
    const contentVersion = () => db().contentVersion.findUniqueOrThrow({ where: { id: 1 } });
    const before = await contentVersion();
    const token = await createContentPreview({
      kind,
      staffUserId: viewer.id,
      slug,
      input: draftInput(input),
    });
    const preview = await renderContentPreview(viewer, { kind, slug, id: token });
    expect(preview).toMatchObject({
      kind,
      detail: { stage: "operating", summary: { en: "The draft summary." } },
    });

    expect(await getContentForEditing(kind, slug)).toMatchObject({ stage: "signed", version });
    expect(await auditOf(id)).toEqual([]);
    // The other instances' content sync sees no change either.
    expect(await contentVersion()).toEqual(before);
    expect(await renderContentPreview(editor, { kind, slug, id: token })).toBeNull();
    expect(await renderContentPreview(viewer, { kind: "park", slug, id: token })).toBeNull();
    await db().contentPreview.update({
      where: { id: token },
      data: { createdAt: new Date(Date.now() - 31 * 60_000) },
    });
    expect(await renderContentPreview(viewer, { kind, slug, id: token })).toBeNull();
  });
});
