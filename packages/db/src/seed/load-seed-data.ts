import { readFileSync } from "node:fs";
import path from "node:path";
import { ZSeedData, type TSeedData } from "@ig/domain";

const seedDir = path.resolve(import.meta.dirname, "../../../../prisma/seed-data");
const files = ["sources", "areas", "industries", "parks", "figures", "projects", "policies", "news"] as const;

/** Reads and validates prisma/seed-data; every cross-reference must resolve before anything is written. */
export function loadSeedData(dir = seedDir): TSeedData {
  const raw = Object.fromEntries(
    files.map((name) => [name, JSON.parse(readFileSync(path.join(dir, `${name}.json`), "utf8"))]),
  );
  const data = ZSeedData.parse(raw);
  const known = {
    source: new Set(data.sources.map((s) => s.key)),
    area: new Set<string>(data.areas.map((a) => a.slug)),
    industry: new Set(data.industries.map((i) => i.slug)),
    park: new Set(data.parks.map((p) => p.slug)),
    project: new Set(data.projects.map((p) => p.slug)),
  };
  const problems: string[] = [];
  const check = (kind: keyof typeof known, value: string | null, where: string) => {
    if (value !== null && !known[kind].has(value)) problems.push(`${where}: unknown ${kind} "${value}"`);
  };
  for (const a of data.areas) check("source", a.source, `area ${a.slug}`);
  for (const p of data.parks) {
    check("source", p.source, `park ${p.slug}`);
    p.industries.forEach((i) => check("industry", i, `park ${p.slug}`));
  }
  for (const p of data.projects) {
    check("source", p.source, `project ${p.slug}`);
    check("park", p.park, `project ${p.slug}`);
    p.industries.forEach((i) => check("industry", i, `project ${p.slug}`));
  }
  for (const p of data.policies) {
    check("source", p.source, `policy ${p.slug}`);
    p.parks.forEach((link) => check("park", link.park, `policy ${p.slug}`));
    p.industries.forEach((i) => check("industry", i, `policy ${p.slug}`));
  }
  for (const n of data.news) {
    check("source", n.source, `news ${n.slug}`);
    n.parks.forEach((s) => check("park", s, `news ${n.slug}`));
    n.projects.forEach((s) => check("project", s, `news ${n.slug}`));
  }
  for (const f of data.figures) {
    check("source", f.source, `figure ${f.label.en}`);
    if ("park" in f.owner) check("park", f.owner.park, `figure ${f.label.en}`);
    if ("project" in f.owner) check("project", f.owner.project, `figure ${f.label.en}`);
  }
  if (problems.length) throw new Error(`Seed data has broken references:\n${problems.join("\n")}`);
  return data;
}
