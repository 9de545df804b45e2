import { db } from "../client.ts";

/** The partner countries of published projects (ISO codes), for the projects filter. */
export async function listPartnerCountries(): Promise<string[]> {
  const rows = await db().project.findMany({
    where: { status: "published", partnerCountry: { not: null } },
    distinct: ["partnerCountry"],
    select: { partnerCountry: true },
  });
  return rows.map((row) => row.partnerCountry!).sort();
}
