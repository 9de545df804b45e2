import type { AuditEntity } from "./audit-vocabulary.ts";

/** Tables whose records an audit value may name, by id or by slug. */
export const auditNameTables = [
  "Area",
  "Industry",
  "Park",
  "Project",
  "Policy",
  "NewsItem",
  "Figure",
  "Source",
  "StaffUser",
] as const;
export type AuditNameTable = (typeof auditNameTables)[number];

/**
 * Changed fields whose values name other records (an id, a slug, or a list of either), and the
 * table they name: the audit log shows those records' names instead ("Liangjiang New Area", not
 * `cmx311…` or `liangjiang`). A field not listed here is shown as its value.
 */
export const auditReferenceFields: Record<string, AuditNameTable> = {
  area: "Area",
  areaId: "Area",
  areas: "Area",
  industry: "Industry",
  industryId: "Industry",
  industrySlug: "Industry",
  industries: "Industry",
  park: "Park",
  parkId: "Park",
  parks: "Park",
  project: "Project",
  projectId: "Project",
  projects: "Project",
  policies: "Policy",
  news: "NewsItem",
  newsItems: "NewsItem",
  figureId: "Figure",
  sourceId: "Source",
  sizeSourceId: "Source",
  ownerId: "StaffUser",
  assigneeId: "StaffUser",
};

/** The table an audited record of `entity` is read from, when it has a name of its own there. */
export const auditEntityTables: Partial<Record<AuditEntity, AuditNameTable>> = {
  Park: "Park",
  Project: "Project",
  Policy: "Policy",
  NewsItem: "NewsItem",
  Figure: "Figure",
  Industry: "Industry",
  StaffUser: "StaffUser",
};

/** The key of a resolved name: `${table}:${id or slug}`. */
export const auditNameKey = (table: AuditNameTable, key: string) => `${table}:${key}`;

/** Every id or slug a change value holds (a string, or a list of strings). */
export function auditValueKeys(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return [];
}
