-- Audit entity and action become closed vocabularies with one spelling each (packages/domain/src/
-- audit-vocabulary.ts holds the same lists, and a test checks they agree). Entities are the Prisma
-- model names: the two spelled otherwise until now are renamed in place.
UPDATE "AuditEntry" SET "entity" = 'Enquiry' WHERE "entity" = 'enquiry';
UPDATE "AuditEntry" SET "entity" = 'OutboxEmail' WHERE "entity" = 'outbox-email';

ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_entity_check" CHECK ("entity" IN (
  'Park', 'Project', 'Policy', 'NewsItem', 'Figure', 'Industry', 'Image', 'StaffUser', 'Enquiry', 'OutboxEmail'
));

ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_action_check" CHECK ("action" IN (
  'create', 'update', 'delete', 'publish', 'unpublish', 'verify', 'login', 'login-failed', 'logout',
  'password-reset-sent', 'password-reset', 'deactivate', 'reactivate', 'assign', 'note', 'status', 'retry'
));
