-- The staff side's language is the staff member's own choice (the switch in the staff header).
-- NULL: not chosen yet, so the staff side follows their browser (Accept-Language) and e-mails to
-- them are written in both languages. No account could choose before this migration (the column
-- only ever held its default), so every stored 'en' is that default, not a choice.
ALTER TABLE "StaffUser" ALTER COLUMN "locale" DROP NOT NULL, ALTER COLUMN "locale" DROP DEFAULT;
UPDATE "StaffUser" SET "locale" = NULL;
ALTER TABLE "StaffUser" ADD CONSTRAINT "StaffUser_locale_check" CHECK ("locale" IN ('en', 'zh'));
