// What the audit log may record, spelled one way each. The database holds the same lists as
// CHECK constraints (migrations 20261130130000_audit_closed_types and 20261130180000_audit_draft_actions), so a spelling not listed here
// cannot be stored by any code path.

/** The kinds of record an audit entry is about (Prisma model names). */
export const auditEntities = [
  "Park",
  "Project",
  "Policy",
  "NewsItem",
  "Figure",
  "Industry",
  "Image",
  "StaffUser",
  "Enquiry",
  "OutboxEmail",
] as const;
export type AuditEntity = (typeof auditEntities)[number];

/** What was done. */
export const auditActions = [
  "create",
  "update",
  "delete",
  "publish",
  "unpublish",
  "save-draft",
  "discard-draft",
  "verify",
  "login",
  "login-failed",
  "logout",
  "password-reset-sent",
  "password-reset",
  "deactivate",
  "reactivate",
  "assign",
  "note",
  "status",
  "retry",
] as const;
export type AuditAction = (typeof auditActions)[number];

export const isAuditEntity = (value: string): value is AuditEntity =>
  (auditEntities as readonly string[]).includes(value);
export const isAuditAction = (value: string): value is AuditAction =>
  (auditActions as readonly string[]).includes(value);
