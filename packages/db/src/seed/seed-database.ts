import { sizeInSqKm, type TSeedData } from "@ig/domain";
import { db, type Tx } from "../client.ts";
import {
  createArea,
  createFigure,
  createIndustry,
  createNewsItem,
  createPark,
  createPolicy,
  createProject,
  createSource,
} from "./factories.ts";
import { loadSeedData } from "./load-seed-data.ts";

/**
 * Writes the seed content in one transaction. Idempotent: a record whose key or slug exists is
 * left alone (staff may have edited it), and figures are written only with the record they
 * belong to. Returns how many records it created.
 */
export async function seedDatabase(opts: { onlyIfEmpty?: boolean; data?: TSeedData } = {}): Promise<number> {
  if (opts.onlyIfEmpty && (await db().area.count()) > 0) return 0;
  const data = opts.data ?? loadSeedData();
  return db().$transaction((tx) => writeSeed(tx, data), { timeout: 120_000 });
}

async function writeSeed(tx: Tx, data: TSeedData): Promise<number> {
  let created = 0;
  const sources = new Map<string, { id: string; publishedOn: Date }>();
  for (const s of data.sources) {
    const found = await tx.source.findUnique({ where: { key: s.key } });
    const row =
      found ??
      (created++,
      await createSource(tx, {
        key: s.key,
        title: s.title,
        publisher: s.publisher ?? undefined,
        publishedOn: new Date(s.publishedOn),
        datePrecision: s.datePrecision,
        url: s.url,
      }));
    sources.set(s.key, row);
  }
  // A seeded fact was last confirmed by the publication it comes from.
  const sourced = (key: string) => ({
    sourceId: sources.get(key)!.id,
    lastVerifiedAt: sources.get(key)!.publishedOn,
  });
  const idsOf = async (model: "area" | "industry" | "park" | "project", slugs: string[]) => {
    const rows = await (tx[model] as typeof tx.area).findMany({
      where: { slug: { in: slugs } },
      select: { id: true },
    });
    return rows.map((r) => r.id);
  };
  const exists = async (
    model: "area" | "industry" | "park" | "project" | "policy" | "newsItem",
    slug: string,
  ) => (await (tx[model] as typeof tx.area).count({ where: { slug } })) > 0;
  const figuresOf = (owner: "area" | "park" | "project", slug: string) =>
    data.figures.filter((f) => (f.owner as Record<string, string>)[owner] === slug);
  const writeFigures = async (owner: "area" | "park" | "project", slug: string, ownerId: string) => {
    for (const [index, f] of figuresOf(owner, slug).entries()) {
      const { source, owner: _owner, ...rest } = f;
      await createFigure(tx, {
        ...rest,
        unitLabel: rest.unitLabel ?? undefined,
        [`${owner}Id`]: ownerId,
        sortOrder: index,
        ...sourced(source),
      });
      created++;
    }
  };

  for (const a of data.areas) {
    if (await exists("area", a.slug)) continue;
    const { source, ...rest } = a;
    const row = await createArea(tx, { ...rest, ...sourced(source) });
    created++;
    await writeFigures("area", a.slug, row.id);
  }
  const areaId = new Map(
    (await tx.area.findMany({ select: { id: true, slug: true } })).map((a) => [a.slug, a.id]),
  );
  for (const i of data.industries) {
    if (await exists("industry", i.slug)) continue;
    await createIndustry(tx, i);
    created++;
  }
  for (const p of data.parks) {
    if (await exists("park", p.slug)) continue;
    const { source, area, industries, location, transport, contact, address, size, ...rest } = p;
    const row = await createPark(tx, {
      ...rest,
      ...sourced(source),
      areaId: areaId.get(area)!,
      address: address ?? undefined,
      lat: location.lat,
      lng: location.lng,
      locationApproximate: location.approximate,
      transport,
      contactName: contact?.name ?? undefined,
      contactEmail: contact?.email,
      contactPhone: contact?.phone,
      contactWechat: contact?.wechat,
      contactHours: contact?.hours ?? undefined,
      sizeValue: size?.value,
      sizeUnit: size?.unit,
      sizeSqKm: size ? sizeInSqKm(size.value, size.unit) : null,
      sizeSourceId: size ? sources.get(size.source)!.id : undefined,
      industryIds: await idsOf("industry", industries),
    });
    created++;
    await writeFigures("park", p.slug, row.id);
  }
  for (const p of data.projects) {
    if (await exists("project", p.slug)) continue;
    const { source, area, park, industries, investor, signedOn, ...rest } = p;
    const row = await createProject(tx, {
      ...rest,
      ...sourced(source),
      areaId: areaId.get(area)!,
      parkId: park ? (await idsOf("park", [park]))[0] : null,
      investor: investor ?? undefined,
      signedOn: signedOn ? new Date(signedOn) : null,
      industryIds: await idsOf("industry", industries),
    });
    created++;
    await writeFigures("project", p.slug, row.id);
  }
  for (const p of data.policies) {
    if (await exists("policy", p.slug)) continue;
    const { source, areas, parks, industries, benefit, effectiveFrom, effectiveTo, ...rest } = p;
    await createPolicy(tx, {
      ...rest,
      ...sourced(source),
      benefit: benefit ?? undefined,
      effectiveFrom: effectiveFrom ? new Date(effectiveFrom) : null,
      effectiveTo: effectiveTo ? new Date(effectiveTo) : null,
      areaIds: await idsOf("area", areas),
      parkIds: await idsOf(
        "park",
        parks.map((link) => link.park),
      ),
      industryIds: await idsOf("industry", industries),
    });
    created++;
  }
  for (const n of data.news) {
    if (await exists("newsItem", n.slug)) continue;
    const { source, areas, parks, projects, publishedOn, event, ...rest } = n;
    await createNewsItem(tx, {
      ...rest,
      ...sourced(source),
      publishedOn: new Date(publishedOn),
      ...(event && {
        eventKind: event.kind,
        eventStartsOn: new Date(event.startsOn),
        eventEndsOn: event.endsOn ? new Date(event.endsOn) : null,
        eventPlace: event.place,
      }),
      areaIds: await idsOf("area", areas),
      parkIds: await idsOf("park", parks),
      projectIds: await idsOf("project", projects),
    });
    created++;
  }
  return created;
}
