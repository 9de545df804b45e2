-- Every field an investor sees is editable (issue 10). A park's size is kept as staff enter it
-- (value, unit km² or ha, and the source that states it), and "sizeSqKm" stays, derived by the data
-- layer, for comparisons and filters. A park's contact gains a WeChat ID and office hours (China
-- time, free text in both languages). A project gains the dates of its construction start and
-- operation. A policy gains the link to its official text.
ALTER TABLE "Park" ADD COLUMN "sizeValue" DOUBLE PRECISION,
    ADD COLUMN "sizeUnit" TEXT,
    ADD COLUMN "sizeSourceId" TEXT,
    ADD COLUMN "contactWechat" TEXT,
    ADD COLUMN "contactHours" JSONB;

UPDATE "Park" SET "sizeValue" = "sizeSqKm", "sizeUnit" = 'sqkm' WHERE "sizeSqKm" IS NOT NULL;

ALTER TABLE "Park" ADD CONSTRAINT "Park_sizeUnit_check" CHECK ("sizeUnit" IN ('sqkm', 'ha')),
    ADD CONSTRAINT "Park_size_has_unit" CHECK (("sizeValue" IS NULL) = ("sizeUnit" IS NULL)),
    ADD CONSTRAINT "Park_sizeSourceId_fkey" FOREIGN KEY ("sizeSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Project" ADD COLUMN "startedOn" DATE,
    ADD COLUMN "completedOn" DATE;

ALTER TABLE "Policy" ADD COLUMN "officialUrl" TEXT;
