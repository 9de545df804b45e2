import { readdirSync } from "node:fs";
import path from "node:path";
import { query } from "./database";
import { staffAccount } from "./staff-helpers";

// Every page and route handler under /admin, made concrete with records of one test run, for the
// specs that try the staff side as outsiders. The routes come from the file system, so a new staff
// page is covered the day it is added.

const appDir = path.join(process.cwd(), "apps/web/src/app/admin");
const kinds = { parks: "Park", projects: "Project", policies: "Policy", news: "NewsItem" } as const;
const draftName = (kind: string, stamp: string) => ({
  en: `Sealed draft ${kind} ${stamp}`,
  zh: `密封草稿${kind}${stamp}`,
});

/** "/admin/[kind]/[slug]/preview" and the like: every page.tsx and route.ts under app/admin. */
function staffRouteTemplates(dir = appDir, segments: string[] = []): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      const group = /^\(.*\)$/.test(entry.name);
      return staffRouteTemplates(path.join(dir, entry.name), group ? segments : [...segments, entry.name]);
    }
    return /^(page|route)\.tsx?$/.test(entry.name) ? [["/admin", ...segments].join("/")] : [];
  });
}

/** Tianfu records of this run, drafts of every kind among them, to look for in the bodies. */
export async function seedRecords() {
  const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
  const enquiry = {
    reference: `IG-SEAL-${stamp}`,
    company: `Sealed Enquiry Co ${stamp}`,
    email: `sealed.${stamp}@example.test`,
  };
  const tianfuPark = `SELECT id FROM "Park" WHERE slug = 'tianfu-bonded-logistics-center'`;
  const slugs: Record<string, string> = {};
  for (const [kindPath, table] of Object.entries(kinds)) {
    const slug = `sealed-${kindPath}-${stamp}`;
    slugs[kindPath] = slug;
    const name = JSON.stringify(draftName(kindPath, stamp));
    const text = '{"en":"Sealed text","zh":"密封正文"}';
    const id = `e2e${stamp}${kindPath}`;
    if (table === "Park")
      await query(
        `INSERT INTO "Park" (id, slug, "areaId", type, name, summary, description, transport, status, "updatedAt")
         SELECT $1, $2, "areaId", type, $3::jsonb, summary, description, transport, 'draft', now()
         FROM "Park" WHERE id = (${tianfuPark})`,
        [id, slug, name],
      );
    if (table === "Project")
      await query(
        `INSERT INTO "Project" (id, slug, "areaId", name, summary, description, stage, status, "updatedAt")
         SELECT $1, $2, "areaId", $3::jsonb, summary, description, stage, 'draft', now()
         FROM "Project" WHERE slug = 'tianqi-lithium-global-rd-center'`,
        [id, slug, name],
      );
    if (table === "Policy" || table === "NewsItem") {
      await query(
        table === "Policy"
          ? `INSERT INTO "Policy" (id, slug, category, title, summary, "fullText", issuer, status, "updatedAt")
             VALUES ($1, $2, 'tax', $3::jsonb, $4::jsonb, $4::jsonb, $4::jsonb, 'draft', now())`
          : `INSERT INTO "NewsItem" (id, slug, title, summary, body, "publishedOn", status, "updatedAt")
             VALUES ($1, $2, $3::jsonb, $4::jsonb, $4::jsonb, '2026-01-01', 'draft', now())`,
        [id, slug, name, text],
      );
      await query(
        `INSERT INTO "_AreaTo${table}" ("A", "B") SELECT id, $1 FROM "Area" WHERE slug = 'tianfu'`,
        [id],
      );
    }
  }
  await query(
    `WITH e AS (
       INSERT INTO "Enquiry" (id, reference, name, email, company, country, "sizeBand", message, language,
                              "consentAt", status, "createdAt", "updatedAt")
       VALUES ('e2e' || md5(random()::text), $1, 'Sealed Investor', $2, $3, 'DE', '1m-10m', 'Sealed message.',
               'en', now(), 'new', now(), now()) RETURNING id)
     INSERT INTO "_AreaToEnquiry" ("A", "B") SELECT a.id, e.id FROM e, "Area" a WHERE a.slug = 'tianfu'`,
    [enquiry.reference, enquiry.email, enquiry.company],
  );
  const [figure] = await query<{ id: string }>(`SELECT id FROM "Figure" ORDER BY id LIMIT 1`);
  const [industry] = await query<{ slug: string }>(`SELECT slug FROM "Industry" ORDER BY slug LIMIT 1`);
  // An account of this run's own: the actions tried on its page must not touch shared demo accounts.
  const staffEmail = await staffAccount("editor", ["tianfu"]);
  const [user] = await query<{ id: string }>(`SELECT id FROM "StaffUser" WHERE email = $1`, [staffEmail]);
  return {
    stamp,
    slugs,
    figure: figure!.id,
    industry: industry!.slug,
    user: user!.id,
    enquiry: enquiry.reference,
    /** What each kind of outsider must never read. */
    secrets: {
      drafts: Object.keys(kinds).flatMap((kind) => Object.values(draftName(kind, stamp))),
      enquiry: [enquiry.company, enquiry.email],
      staff: [staffEmail],
    },
  };
}

export type Records = Awaited<ReturnType<typeof seedRecords>>;

/** Every template made concrete with this run's records; a segment nobody gave a value for fails the test. */
export function staffUrls(records: Records, { everyKind = true } = {}) {
  const urls: string[] = [];
  for (const template of staffRouteTemplates()) {
    const expanded = template.includes("[kind]")
      ? Object.keys(kinds)
          .slice(0, everyKind ? undefined : 1)
          .map((kind) => template.replace("[kind]", kind))
      : [template];
    const samples: Record<string, string> = {
      "figures/id": records.figure,
      "industries/slug": records.industry,
      "users/id": records.user,
      "enquiries/reference": records.enquiry,
    };
    for (const url of expanded) {
      urls.push(
        // The catch-all (unknown deeper paths): any path below a record.
        url
          .replace("/[...rest]", "/no/such-page")
          .replace(/\/([^/]+)\/\[([^\]]+)\]/g, (_, parent: string, param: string) => {
            const value =
              parent in kinds && param === "slug" ? records.slugs[parent] : samples[`${parent}/${param}`];
            if (!value)
              throw new Error(`No sample value for [${param}] under /${parent} (${template}): add one.`);
            return `/${parent}/${value}`;
          }),
      );
    }
  }
  return urls;
}

/** Every list page of the staff side an editor reaches (the overview among them)… */
export const editorListPages = [
  "/admin",
  "/admin/enquiries",
  "/admin/parks",
  "/admin/projects",
  "/admin/policies",
  "/admin/news",
  "/admin/figures",
  "/admin/industries",
  "/admin/stale",
  "/admin/translations",
  "/admin/outbox",
];
/** … and with the administrator's own. */
export const staffListPages = [...editorListPages, "/admin/users", "/admin/audit"];
