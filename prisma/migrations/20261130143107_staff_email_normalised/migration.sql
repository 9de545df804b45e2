-- Staff e-mails are stored normalised (trimmed, A-Z lower-cased, as normaliseStaffEmail in
-- packages/domain does) so that the login compares them exactly instead of as an ILIKE pattern.
--
-- Accounts whose e-mails differ only in case or surrounding spaces would become one address. The
-- migration does not guess which to keep: this index then fails with "could not create unique
-- index StaffUser_emails_differ_only_in_case" and names the address in its DETAIL. Change the
-- e-mail of all but one of those accounts and migrate again.
CREATE UNIQUE INDEX "StaffUser_emails_differ_only_in_case" ON "StaffUser" (lower(btrim(email) COLLATE "C"));

UPDATE "StaffUser" SET email = lower(btrim(email) COLLATE "C") WHERE email <> lower(btrim(email) COLLATE "C");

-- Printable ASCII without spaces and without capitals: the only form the application writes.
-- With it, the unique index on email alone keeps case-variants apart, so the one above goes.
ALTER TABLE "StaffUser" ADD CONSTRAINT "StaffUser_email_normalised"
  CHECK ((email COLLATE "C") ~ '^[!-~]+$' AND email = lower(email COLLATE "C"));

DROP INDEX "StaffUser_emails_differ_only_in_case";
