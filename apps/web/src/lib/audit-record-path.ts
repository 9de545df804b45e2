import type { AuditEntity } from "@ig/domain";
import type { AuditRecord } from "@ig/db";
import { editPathOf } from "./edit-path";

const contentKinds = {
  Park: "park",
  Project: "project",
  Policy: "policy",
  NewsItem: "news",
  Figure: "figure",
  Industry: "industry",
} as const;

/** The staff page of the record an audit entry is about, or null when it has none (or is gone). */
export function auditRecordPath(entity: AuditEntity, id: string, record: AuditRecord | null): string | null {
  if (!record) return null;
  if (entity in contentKinds) {
    const kind = contentKinds[entity as keyof typeof contentKinds];
    return kind === "figure" || record.slug ? editPathOf({ kind, id, slug: record.slug ?? null }) : null;
  }
  if (entity === "StaffUser") return `/admin/users/${encodeURIComponent(id)}`;
  if (entity === "Enquiry" && record.reference) return `/admin/enquiries/${record.reference}`;
  if (entity === "Image" && record.parkSlug) return `/admin/parks/${encodeURIComponent(record.parkSlug)}`;
  if (entity === "OutboxEmail") return "/admin/outbox";
  return null;
}
