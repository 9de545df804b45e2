import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../client.ts";
import { createArea, createPark } from "../seed/factories.ts";
import { createStaffUser } from "../staff/create-staff-user.ts";
import { ContentNotFoundError } from "../content/content-errors.ts";
import { createParkImage } from "./create-park-image.ts";
import { deleteParkImage } from "./delete-park-image.ts";
import { listParkImages } from "./list-park-images.ts";
import { getStoredImage } from "./get-stored-image.ts";
import { getParkAreaSlug } from "./get-park-area-slug.ts";

const run = Math.random().toString(36).slice(2, 8);
let actorId: string;
// Each test has a park of its own, so they hold in any order.
const newPark = async () => {
  const area = await createArea(db());
  return { slug: (await createPark(db(), { areaId: area.id })).slug, areaSlug: area.slug };
};
const image = (slug: string, name: string) => ({
  storageKey: `parks/${run}/${slug}/${name}.png`,
  mimeType: "image/png",
  width: 640,
  height: 480,
  byteSize: 1234,
  alt: { en: `Alt ${name}`, zh: `替代文字 ${name}` },
});
const audits = (entityId: string) =>
  db().auditEntry.findMany({ where: { entity: "Image", entityId }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  actorId = (
    await createStaffUser({
      actorId: null,
      input: { email: `images.${run}@staff.test`, name: "Images", role: "admin", areas: [], locale: "en" },
      password: "a-long-test-password",
    })
  ).id;
});

describe("park images", () => {
  it("records an image with its audit entry, lists it and knows its stored type", async () => {
    const park = await newPark();
    const { id } = await createParkImage({ actorId, slug: park.slug, image: image(park.slug, "gate") });
    await createParkImage({ actorId, slug: park.slug, image: image(park.slug, "hall") });
    expect((await listParkImages({ slug: park.slug })).map((i) => [i.storageKey, i.alt.zh, i.width])).toEqual(
      [
        [`parks/${run}/${park.slug}/gate.png`, "替代文字 gate", 640],
        [`parks/${run}/${park.slug}/hall.png`, "替代文字 hall", 640],
      ],
    );
    expect(await getStoredImage({ storageKey: `parks/${run}/${park.slug}/gate.png` })).toEqual({
      mimeType: "image/png",
      byteSize: 1234,
    });
    const [audit] = await audits(id);
    expect(audit).toMatchObject({ actorId, action: "create" });
    expect(audit!.changes).toMatchObject({
      park: { from: null, to: park.slug },
      alt: { from: null, to: { en: "Alt gate", zh: "替代文字 gate" } },
    });
    expect(await getParkAreaSlug({ slug: park.slug })).toBe(park.areaSlug);
  });

  it("writes nothing for a park that does not exist or a storage key used already", async () => {
    const park = await newPark();
    await expect(
      createParkImage({ actorId, slug: `no-park-${run}`, image: image(park.slug, "none") }),
    ).rejects.toBeInstanceOf(ContentNotFoundError);
    await createParkImage({ actorId, slug: park.slug, image: image(park.slug, "twice") });
    const auditsBefore = await db().auditEntry.count({ where: { entity: "Image" } });
    await expect(
      createParkImage({ actorId, slug: park.slug, image: image(park.slug, "twice") }),
    ).rejects.toThrow();
    expect((await listParkImages({ slug: park.slug })).map((i) => i.alt.en)).toEqual(["Alt twice"]);
    expect(await getStoredImage({ storageKey: `parks/${run}/${park.slug}/none.png` })).toBeNull();
    // No audit entry of the refused write (other files write none of this entity).
    expect(await db().auditEntry.count({ where: { entity: "Image" } })).toBe(auditsBefore);
  });

  it("deletes an image of that park only, audited, and gives back its storage key", async () => {
    const park = await newPark();
    const other = await newPark();
    const { id } = await createParkImage({ actorId, slug: park.slug, image: image(park.slug, "old") });
    expect(await deleteParkImage({ actorId, slug: other.slug, id })).toBeNull();
    expect(await deleteParkImage({ actorId, slug: park.slug, id })).toBe(`parks/${run}/${park.slug}/old.png`);
    expect(await getStoredImage({ storageKey: `parks/${run}/${park.slug}/old.png` })).toBeNull();
    expect((await audits(id)).map((a) => a.action)).toEqual(["create", "delete"]);
    expect(await deleteParkImage({ actorId, slug: park.slug, id })).toBeNull();
  });
});
