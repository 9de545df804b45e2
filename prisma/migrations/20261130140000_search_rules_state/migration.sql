-- Which search rules (dictionary, synonym table, text rules) the stored "searchText" columns were
-- written with. The data layer rewrites every record's search text when its rules differ from
-- what is recorded here (reindexSearchText, run by ensureDatabase at every start), so a
-- deployment's existing records are found by a new synonym or dictionary word. No row: the
-- texts predate the record, so the first start after this migration rewrites them all.
CREATE TABLE "SearchRulesState" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "rules" TEXT NOT NULL,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchRulesState_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "SearchRulesState_one_row" CHECK ("id" = 1)
);
