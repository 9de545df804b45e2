import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../client.ts";
import { ContentConflictError } from "../content/content-errors.ts";
import { createArea, createFigure, createPark, createSource, createStaffUser } from "../seed/factories.ts";
import { getContentAreas } from "../staleness/get-content-areas.ts";
import { UnknownSourceError } from "./figure-errors.ts";
import { getFigureForEditing } from "./get-figure-for-editing.ts";
import { listFiguresForStaff } from "./list-figures-for-staff.ts";
import { updateFigure } from "./update-figure.ts";

let actorId: string;

beforeAll(async () => {
  actorId = (await createStaffUser(db(), { role: "editor" })).id;
});

const input = (sourceId: string) => ({
  label: { en: "Output value", zh: "产值" },
  value: 42.5,
  unit: "cny" as const,
  qualifier: "over" as const,
  period: { en: "2024", zh: "2024年" },
  sourceId,
  headline: true,
});

describe("updateFigure", () => {
  it("saves by id with a version check, audits each changed field, refuses an unknown source", async () => {
    const area = await createArea(db());
    const park = await createPark(db(), { areaId: area.id });
    const [oldSource, newSource] = [await createSource(db()), await createSource(db())];
    const figure = await createFigure(db(), { parkId: park.id, sourceId: oldSource.id, value: 1 });
    expect(await getContentAreas({ kind: "figure", id: figure.id })).toEqual([area.slug]);

    const { record } = await updateFigure({ actorId, id: figure.id, version: 1, input: input(newSource.id) });
    expect(record).toMatchObject({ version: 2, value: 42.5, sourceId: newSource.id, headline: true });
    expect(record.area.slug).toBe(area.slug);
    expect(record.holder).toEqual({ kind: "park", slug: park.slug, name: park.name });

    await expect(
      updateFigure({ actorId, id: figure.id, version: 1, input: { ...input(newSource.id), value: 7 } }),
    ).rejects.toBeInstanceOf(ContentConflictError);
    await expect(
      updateFigure({ actorId, id: figure.id, version: 2, input: input("no-such-source") }),
    ).rejects.toBeInstanceOf(UnknownSourceError);
    expect(await getFigureForEditing(figure.id)).toMatchObject({ version: 2, value: 42.5 });

    const audit = await db().auditEntry.findMany({ where: { entity: "Figure", entityId: figure.id } });
    expect(audit.map((e) => [e.actorId, e.action, e.changes])).toEqual([
      [
        actorId,
        "update",
        {
          label: { from: { en: "Test figure", zh: "测试指标" }, to: { en: "Output value", zh: "产值" } },
          value: { from: 1, to: 42.5 },
          unit: { from: "count", to: "cny" },
          qualifier: { from: null, to: "over" },
          period: { from: { en: "2023", zh: "2023年" }, to: { en: "2024", zh: "2024年" } },
          sourceId: { from: oldSource.id, to: newSource.id },
          headline: { from: false, to: true },
        },
      ],
    ]);
    const listed = await listFiguresForStaff({ park: park.slug });
    expect(listed.map((f) => [f.id, f.value, f.area.slug])).toEqual([[figure.id, 42.5, area.slug]]);
    expect((await listFiguresForStaff({ area: area.slug })).map((f) => f.id)).toEqual([figure.id]);
  });
});
