-- Staff save and discard drafts of published records (ContentDraft): two more audit actions, added
-- to the closed vocabulary of packages/domain/src/audit-vocabulary.ts and to its CHECK here.
ALTER TABLE "AuditEntry" DROP CONSTRAINT "AuditEntry_action_check";

ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_action_check" CHECK ("action" IN (
  'create', 'update', 'delete', 'publish', 'unpublish', 'save-draft', 'discard-draft', 'verify', 'login',
  'login-failed', 'logout', 'password-reset-sent', 'password-reset', 'deactivate', 'reactivate', 'assign',
  'note', 'status', 'retry'
));
