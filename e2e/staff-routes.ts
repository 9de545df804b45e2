import { readdirSync } from "node:fs";
import path from "node:path";
import { query } from "./database";
import { enquiryFor, factories, parkCopy, projectCopy, staffAccount } from "./support/test-data";

// Every page and route handler under /admin, made concrete with records of one test run, for the
// specs that try the staff side as outsiders. The routes come from the file system, so a new staff
// page is covered the day it is added.

const appDir = path.join(process.cwd(), "apps/web/src/app/admin");
export const kinds = { parks: "Park", projects: "Project", policies: "Policy", news: "NewsItem" } as const;
const draftName = (kind: string, stamp: string) => ({
  en: `Sealed draft ${kind} ${stamp}`,
  zh: `密封草稿${kind}${stamp}`,
});

/** "/admin/[kind]/[slug]/preview" and the like: every page.tsx and route.ts under app/admin. */
export function staffRouteTemplates(dir = appDir, segments: string[] = []): string[] {
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
  const { createNewsItem, createPolicy, db, areaId } = await factories();
  const tianfu = [await areaId("tianfu")];
  const text = { en: "Sealed text", zh: "密封正文" };
  const slugs: Record<string, string> = {};
  for (const kindPath of Object.keys(kinds) as (keyof typeof kinds)[]) {
    const slug = `sealed-${kindPath}-${stamp}`;
    slugs[kindPath] = slug;
    const name = draftName(kindPath, stamp);
    const draft = { slug, status: "draft" } as const;
    if (kindPath === "parks") await parkCopy("tianfu-bonded-logistics-center", { ...draft, name });
    if (kindPath === "projects") await projectCopy("tianqi-lithium-global-rd-center", { ...draft, name });
    if (kindPath === "policies")
      await createPolicy(db, {
        ...draft,
        category: "tax",
        title: name,
        summary: text,
        fullText: text,
        issuer: text,
        areaIds: tianfu,
      });
    if (kindPath === "news")
      await createNewsItem(db, {
        ...draft,
        title: name,
        summary: text,
        body: text,
        publishedOn: new Date("2026-01-01"),
        areaIds: tianfu,
      });
  }
  const enquiry = await enquiryFor(["tianfu"], {
    name: "Sealed Investor",
    company: `Sealed Enquiry Co ${stamp}`,
    email: `sealed.${stamp}@example.test`,
    message: "Sealed message.",
  });
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
