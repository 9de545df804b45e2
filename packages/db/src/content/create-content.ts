import { contentKinds, type TContentCreate } from "@ig/domain";
import { db } from "../client.ts";
import { writeAuditEntry } from "../audit/write-audit-entry.ts";
import { ContentNotFoundError, SlugTakenError } from "./content-errors.ts";
import { contentSearchText } from "./content-search-text.ts";
import { contentTable } from "./content-table.ts";

const blank = { en: "", zh: "" };

/**
 * Creates a DRAFT record of any kind from the minimum fields, owned by its creator, audited as
 * "create" (every given field from null), in one transaction. A taken slug throws SlugTakenError
 * and an unknown area ContentNotFoundError; either way nothing is written.
 */
export function createContent({ actorId, input }: { actorId: string; input: TContentCreate }) {
  const { kind, slug, areas, ...fields } = input;
  const definition = contentKinds[kind];
  return db().$transaction(async (tx) => {
    const table = contentTable(tx, kind);
    if (await table.findUnique({ where: { slug }, select: { id: true } })) throw new SlugTakenError(slug);
    const known = await tx.area.findMany({ where: { slug: { in: areas } }, select: { slug: true } });
    const unknown = areas.find((area) => !known.some((k) => k.slug === area));
    if (unknown) throw new ContentNotFoundError(unknown);
    const values = Object.entries(fields).map(([field, value]) => [
      field,
      (definition.dateFields as readonly string[]).includes(field) ? new Date(value as string) : value,
    ]);
    const row = await table
      .create({
        data: {
          slug,
          status: "draft",
          owner: { connect: { id: actorId } },
          ...Object.fromEntries(definition.blankOnCreate.map((field) => [field, blank])),
          ...Object.fromEntries(values),
          ...(definition.manyAreas
            ? { areas: { connect: areas.map((area) => ({ slug: area })) } }
            : { area: { connect: { slug: areas[0] } } }),
          searchText: await contentSearchText(tx, kind, fields),
        },
      })
      .catch((error: unknown) => {
        // Another editor took the slug between the check and the insert.
        throw (error as { code?: string }).code === "P2002" ? new SlugTakenError(slug) : error;
      });
    const created = { slug, areas, ...fields };
    await writeAuditEntry(tx, {
      actorId,
      action: "create",
      entity: definition.entity,
      entityId: row.id,
      changes: Object.fromEntries(Object.entries(created).map(([field, to]) => [field, { from: null, to }])),
    });
    return { id: row.id, slug };
  });
}
