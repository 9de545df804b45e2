import { beforeAll, describe, expect, it } from "vitest";
import { ZParkEdit } from "@ig/domain";
import { db } from "../client.ts";
import { ContentConflictError } from "../content/content-errors.ts";
import { createArea, createPark } from "../seed/factories.ts";
import { getParkForEditing } from "./get-park-for-editing.ts";
import { listParksForStaff } from "./list-parks-for-staff.ts";
import { publishPark } from "./publish-park.ts";
import { updatePark } from "./update-park.ts";

let actorId: string;
let area: { id: string; slug: string };

beforeAll(async () => {
  actorId = (
    await db().staffUser.create({
      data: {
        email: `park.${Date.now()}@test.invalid`,
        name: "Park Tester",
        passwordHash: "-",
        role: "editor",
      },
    })
  ).id;
  area = await createArea(db());
});

const auditOf = (entityId: string) =>
  db().auditEntry.findMany({ where: { entity: "Park", entityId }, orderBy: { createdAt: "asc" } });

describe("updatePark and publishPark", () => {
  it("save, conflict and publish are audited; a stale save writes nothing", async () => {
    const park = await createPark(db(), { areaId: area.id, status: "draft", type: "industrial-park" });
    const {
      slug: _slug,
      version: _version,
      ...current
    } = ZParkEdit.parse(await getParkForEditing(park.slug));
    const input = { ...current, type: "bonded-zone" as const };
    await updatePark({ actorId, slug: park.slug, version: 1, input });
    await expect(
      updatePark({ actorId, slug: park.slug, version: 1, input: { ...input, type: "pilot-ftz" } }),
    ).rejects.toBeInstanceOf(ContentConflictError);
    await publishPark({ actorId, slug: park.slug, version: 2 });
    expect(await getParkForEditing(park.slug)).toMatchObject({
      type: "bonded-zone",
      status: "published",
      version: 3,
    });
    expect((await auditOf(park.id)).map((e) => [e.actorId, e.action, e.changes])).toEqual([
      [actorId, "update", { type: { from: "industrial-park", to: "bonded-zone" } }],
      [actorId, "publish", { status: { from: "draft", to: "published" } }],
    ]);
    expect((await listParksForStaff({ area: area.slug })).map((p) => p.slug)).toEqual([park.slug]);
  });
});
