import { contentKinds, type EditableKind, type FormField } from "@ig/domain";
import type { Tx } from "../client.ts";
import { ContentLinkError } from "./content-errors.ts";
import type { LinkIds } from "./content-field-storage.ts";

type Linked = { id: string; slug: string; areas: string[] };

/** The records of one link field by slug, with the slugs of their areas. */
async function findLinked(tx: Tx, to: string, slugs: string[]): Promise<Linked[]> {
  const where = { slug: { in: slugs } };
  const area = { select: { slug: true } };
  if (to === "areas")
    return (await tx.area.findMany({ where, select: { id: true, slug: true } })).map((a) => ({
      ...a,
      areas: [a.slug],
    }));
  if (to === "industries")
    return (await tx.industry.findMany({ where, select: { id: true, slug: true } })).map((i) => ({
      ...i,
      areas: [],
    }));
  if (to === "parks" || to === "park")
    return (await tx.park.findMany({ where, select: { id: true, slug: true, area } })).map((p) => ({
      id: p.id,
      slug: p.slug,
      areas: [p.area.slug],
    }));
  if (to === "projects")
    return (await tx.project.findMany({ where, select: { id: true, slug: true, area } })).map((p) => ({
      id: p.id,
      slug: p.slug,
      areas: [p.area.slug],
    }));
  return (await tx.policy.findMany({ where, select: { id: true, slug: true, areas: area } })).map((p) => ({
    id: p.id,
    slug: p.slug,
    areas: p.areas.map((a) => a.slug),
  }));
}

/**
 * Checks every link of an edit in its transaction and answers the linked records' ids by field
 * and slug: an unknown area, industry, park, project, policy or source is a ContentLinkError, and
 * so is a park or project of another area than the record's (a project's park, a policy's or news
 * item's parks and projects), or a policy that covers none of a park's area. So an editor can only
 * link what lies in the areas they edit (staffAction checks the record's areas).
 */
export async function checkContentLinks(
  tx: Tx,
  kind: EditableKind,
  input: Record<string, unknown>,
): Promise<LinkIds> {
  const areas = input.areas as string[];
  const ids: LinkIds = {};
  for (const field of contentKinds[kind].form as readonly FormField[]) {
    const value = input[field.name];
    if (field.type === "source") {
      if (value && !(await tx.source.findUnique({ where: { id: value as string }, select: { id: true } })))
        throw new ContentLinkError(field.name, value as string);
      continue;
    }
    if (field.type !== "areas" && field.type !== "links" && field.type !== "park") continue;
    const to = field.type === "links" ? field.to : field.type;
    const slugs =
      value === null || value === undefined
        ? []
        : Array.isArray(value)
          ? (value as string[])
          : [value as string];
    const found = await findLinked(tx, to, slugs);
    const missing = slugs.find((slug) => !found.some((record) => record.slug === slug));
    if (missing) throw new ContentLinkError(field.name, missing);
    // Industries are shared by both areas; a policy must cover the park's area; parks and projects lie in the record's.
    const outside = found.find((record) =>
      to === "industries" || to === "areas"
        ? false
        : to === "policies"
          ? !record.areas.some((area) => areas.includes(area))
          : !areas.includes(record.areas[0]!),
    );
    if (outside) throw new ContentLinkError(field.name, outside.slug);
    ids[field.name] = new Map(found.map((record) => [record.slug, record.id]));
  }
  return ids;
}
