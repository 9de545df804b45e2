-- One counter that every write of public content bumps in its own transaction, so each app
-- instance's content sync sees a change by comparing one number (apps/web/src/server/content-sync.ts).
-- It replaces polling max("createdAt") of the audit log: a long transaction could commit an entry
-- older than one already seen, and that change was missed. The row lock orders the bumps by commit.
CREATE TABLE "ContentVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "ContentVersion_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ContentVersion_one_row" CHECK ("id" = 1)
);

INSERT INTO "ContentVersion" ("id", "version") VALUES (1, 0);

-- The migration runner (the pg driver adapter's executeScript) splits a script at every
-- semicolon, quoted or not, so the body is an escape string that spells them \073.
CREATE FUNCTION "bump_content_version"() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1\073 RETURN NULL\073 END';

-- Statement-level, so a bulk insert bumps once, and inside the writing transaction, so a rollback
-- bumps nothing. BEFORE the statement: a content-writing transaction takes the counter's row lock
-- before any content row's, so two of them never wait for each other crosswise (no deadlock):
-- the second waits at its first content write until the first commits. Triggers rather than a
-- call in each write: no write path (staff edit, image, figure, seed, a hand-written UPDATE) can
-- forget it.
CREATE TRIGGER "Source_bumps_content_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Source"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "Area_bumps_content_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Area"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "Industry_bumps_content_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Industry"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "Park_bumps_content_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Park"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "Figure_bumps_content_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Figure"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "Project_bumps_content_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Project"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "Policy_bumps_content_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Policy"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "NewsItem_bumps_content_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "NewsItem"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "Image_bumps_content_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Image"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "_AreaToPolicy_bumps_content_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "_AreaToPolicy"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "_AreaToNewsItem_bumps_content_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "_AreaToNewsItem"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "_IndustryToPark_bumps_content_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "_IndustryToPark"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "_IndustryToProject_bumps_content_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "_IndustryToProject"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "_IndustryToPolicy_bumps_content_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "_IndustryToPolicy"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "_ParkToPolicy_bumps_content_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "_ParkToPolicy"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "_NewsItemToPark_bumps_content_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "_NewsItemToPark"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "_NewsItemToProject_bumps_content_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "_NewsItemToProject"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
