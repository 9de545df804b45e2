import type { createEnquiry } from "@ig/db/factories";

// The seed factories of packages/db, writing to the e2e server's own embedded PostgreSQL: the
// journeys make their records exactly as the db tests and the seed do. Imported on first use
// (packages/db is ES modules, which Playwright's loader takes through import() only), once per worker.
// No spec may import packages/db or packages/domain statically: Playwright would load them as
// CommonJS in that worker, and this import() would then fail there ("does not provide an export").
let loaded: Promise<Awaited<ReturnType<typeof load>>> | undefined;

async function load() {
  const factories = await import("@ig/db/factories");
  const db = factories.factoryDb(
    `postgresql://postgres:postgres@localhost:${process.env.E2E_PG_PORT ?? 54332}/inland_gateway`,
  );
  /** An area's id by its slug. */
  const areaId = async (slug: string) => (await db.area.findUniqueOrThrow({ where: { slug } })).id;
  return { ...factories, db, areaId };
}

/** The factories (`createPark` …), `db` (this worker's client for them to write with) and `areaId`. */
export const factories = () => (loaded ??= load());

/**
 * A staff account of this test alone (the demo password unless `password` is given), so that what
 * the test does to it (sign out, deactivate, switch language) touches no other journey. Its e-mail.
 */
export async function staffAccount(
  role: "viewer" | "editor" | "admin",
  areas: string[],
  password?: string,
): Promise<string> {
  const { createStaffUser, db } = await factories();
  return (await createStaffUser(db, { role, areas, password, name: `E2E ${role}` })).email;
}

/** An enquiry of the given areas (by slug) written directly, with the factory's defaults for the rest. */
export async function enquiryFor(
  areas: string[],
  data: Omit<Parameters<typeof createEnquiry>[1], "areas"> = {},
) {
  const { createEnquiry, db } = await factories();
  return createEnquiry(db, { ...data, areas });
}

type Text = { en: string; zh: string };
type CopyOf<K extends "createPark" | "createProject"> = Partial<
  Parameters<Awaited<ReturnType<typeof factories>>[K]>[1]
> & { slug: string; name: Text };

/** A project of the calling test alone (`data` on top of the seeded project `fromSlug`'s area and texts). */
export async function projectCopy(fromSlug: string, data: CopyOf<"createProject">) {
  const { createProject, db } = await factories();
  const { areaId, summary, description } = await db.project.findUniqueOrThrow({ where: { slug: fromSlug } });
  return createProject(db, { areaId, summary: summary as Text, description: description as Text, ...data });
}

/** A park of the calling test alone (`data` on top of the seeded park `fromSlug`'s area, type and texts). */
export async function parkCopy(fromSlug: string, data: CopyOf<"createPark">) {
  const { createPark, db } = await factories();
  const { areaId, type, summary, description, transport } = await db.park.findUniqueOrThrow({
    where: { slug: fromSlug },
  });
  return createPark(db, {
    areaId,
    type,
    summary: summary as Text,
    description: description as Text,
    transport: transport as NonNullable<CopyOf<"createPark">["transport"]>,
    ...data,
  });
}
