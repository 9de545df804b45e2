import { beforeAll, describe, expect, it } from "vitest";
import { ZParkEdit } from "@ig/domain";
import { db } from "../client.ts";
import { ContentConflictError } from "./content-errors.ts";
import { getContentForEditing } from "./get-content-for-editing.ts";
import { listContentForStaff } from "./list-content-for-staff.ts";
import { publishContent } from "./publish-content.ts";
import { updateContent } from "./update-content.ts";
import { createArea, createPark, createStaffUser } from "../seed/factories.ts";

let actorId: string;
let area: { id: string; slug: string };

beforeAll(async () => {
  actorId = (await createStaffUser(db(), { role: "editor" })).id;
  area = await createArea(db());
});

const auditOf = (entityId: string) =>
  db().auditEntry.findMany({ where: { entity: "Park", entityId }, orderBy: { createdAt: "asc" } });

describe("updateContent and publishContent of a park", () => {
  it("save, conflict and publish are audited; a stale save writes nothing", async () => {
    const park = await createPark(db(), { areaId: area.id, status: "draft", type: "industrial-park" });
    const {
      slug: _slug,
      version: _version,
      ...current
    } = ZParkEdit.parse(await getContentForEditing("park", park.slug));
    const input = { ...current, type: "bonded-zone" as const };
    await updateContent({ kind: "park", actorId, slug: park.slug, version: 1, input });
    await expect(
      updateContent({
        kind: "park",
        actorId,
        slug: park.slug,
        version: 1,
        input: { ...input, type: "pilot-ftz" },
      }),
    ).rejects.toBeInstanceOf(ContentConflictError);
    await publishContent({ kind: "park", actorId, slug: park.slug, version: 2 });
    expect(await getContentForEditing("park", park.slug)).toMatchObject({
      type: "bonded-zone",
      status: "published",
      version: 3,
    });
    expect((await auditOf(park.id)).map((e) => [e.actorId, e.action, e.changes])).toEqual([
      [actorId, "update", { type: { from: "industrial-park", to: "bonded-zone" } }],
      [actorId, "publish", { status: { from: "draft", to: "published" } }],
    ]);
    expect((await listContentForStaff({ kind: "park", area: area.slug })).map((p) => p.slug)).toEqual([
      park.slug,
    ]);
  });
});
